// One value of every type that crosses the Desk interface with every field set away from its
// default, so a field the codec drops, renames or swaps shows in a round trip.
#pragma once

#include "service/desk.h"

namespace motcua::test::filled {

domain::Date date();
domain::StaffMember staffMember();
domain::ServiceGroup serviceGroup();
domain::Counter counter();
domain::Ticket ticket();
domain::TicketHours ticketHours();
domain::CalendarDay calendarDay();
domain::Representative representative();
domain::CatalogPaper catalogPaper();
domain::SubmittedPaper submittedPaper();
domain::PaperEntry paperEntry();
domain::Procedure procedure();
domain::ProcedureRowError procedureRowError();
domain::ProcedureImport procedureImport();
domain::IntakeFee intakeFee();
domain::IntakeDraft intakeDraft();
domain::Dossier dossier();
domain::DossierEvent dossierEvent();
domain::DossierStep dossierStep();
domain::Apology apology();
domain::DossierDetail dossierDetail();
domain::PublicDossierView::Step publicStep();
domain::PublicDossierView::Slip publicSlip();
domain::PublicDossierView publicDossierView();
domain::FeePayment feePayment();
domain::FeeLine feeLine();
domain::Attachment attachment();
domain::FeeCollection feeCollection();
domain::ReportFigures reportFigures();
domain::ReportRow reportRow();
domain::Measure measure();
domain::QualityIndicator qualityIndicator();
domain::QualityScore qualityScore();
domain::Report report();
service::IssueTicketRequest issueTicketRequest();
service::IssuedTicket issuedTicket();
service::GroupStatus groupStatus();
service::TransferRequest transferRequest();
service::ReceiveRequest receiveRequest();
service::DossierQuery dossierQuery();
service::DossierSummary dossierSummary();
service::DueEstimate dueEstimate();
service::SweepResult sweepResult();
service::SignApologyRequest signApologyRequest();
service::AuditReport auditReport();
service::AttachRequest attachRequest();
service::ForwardTarget forwardTarget();
service::CalendarSuggestion calendarSuggestion();
service::StaffAccount staffAccount();
service::RecentCall recentCall();
service::WallServing wallServing();
service::WallWaiting wallWaiting();
service::WallDossier wallDossier();
service::WallPicture wallPicture();

}  // namespace motcua::test::filled
