// The fields of every struct that crosses the Desk interface (docs/network-protocol.md), listed
// once: the same list encodes and decodes, so the two directions cannot drift apart. Names are the
// C++ member names. A visitor `v` is called as v("name", member); `T` is the struct, const or not.
#pragma once

#include "service/desk.h"

#include <concepts>
#include <type_traits>
#include <utility>

namespace motcua::net::fields {

/// T is U, possibly const (the encoder visits const values, the decoder mutable ones).
template <class T, class U>
concept Is = std::same_as<std::remove_const_t<T>, U>;

/// Bytes that are not text (a PDF) travel as base64: a visitor sees this wrapper (desk_codec.h).
template <class S>
struct Base64Of {
    S* bytes;
};
template <class T>
struct IsBase64 : std::false_type {};
template <class S>
struct IsBase64<Base64Of<S>> : std::true_type {};

template <class T>
struct IsPairType : std::false_type {};
template <class A, class B>
struct IsPairType<std::pair<A, B>> : std::true_type {};

/// A pair is a struct of two members too: {"first", "second"}.
template <class V, class T>
    requires IsPairType<std::remove_const_t<T>>::value
void visit(V& v, T& t)
{
    v("first", t.first);
    v("second", t.second);
}

// [SECTION] domain: dates, staff, queue

template <class V, Is<domain::Date> T>
void visit(V& v, T& t)
{
    v("year", t.year);
    v("month", t.month);
    v("day", t.day);
}

template <class V, Is<domain::StaffMember> T>
void visit(V& v, T& t)
{
    v("id", t.id);
    v("username", t.username);
    v("fullName", t.fullName);
    v("role", t.role);
    v("unit", t.unit);
    v("active", t.active);
}

template <class V, Is<domain::ServiceGroup> T>
void visit(V& v, T& t)
{
    v("id", t.id);
    v("code", t.code);
    v("prefix", t.prefix);
    v("name", t.name);
    v("counters", t.counters);
}

template <class V, Is<domain::Counter> T>
void visit(V& v, T& t)
{
    v("number", t.number);
    v("name", t.name);
    v("open", t.open);
    v("groups", t.groups);
}

template <class V, Is<domain::Ticket> T>
void visit(V& v, T& t)
{
    v("id", t.id);
    v("day", t.day);
    v("label", t.label);
    v("groupCode", t.groupCode);
    v("number", t.number);
    v("priorityReason", t.priorityReason);
    v("status", t.status);
    v("issuedAt", t.issuedAt);
    v("counter", t.counter);
    v("targetCounter", t.targetCounter);
    v("calledAt", t.calledAt);
    v("finishedAt", t.finishedAt);
    v("recalls", t.recalls);
    v("finishedUnseen", t.finishedUnseen);
}

template <class V, Is<domain::TicketHours> T>
void visit(V& v, T& t)
{
    v("open", t.open);
    v("ticketsFrom", t.ticketsFrom);
    v("ticketsUntil", t.ticketsUntil);
    v("officeOpensAt", t.officeOpensAt);
}

template <class V, Is<domain::CalendarDay> T>
void visit(V& v, T& t)
{
    v("date", t.date);
    v("kind", t.kind);
    v("name", t.name);
    v("source", t.source);
    v("verified", t.verified);
}

// [SECTION] domain: applicants, papers, procedures

template <class V, Is<domain::Representative> T>
void visit(V& v, T& t)
{
    v("name", t.name);
    v("idNumber", t.idNumber);
    v("phone", t.phone);
    v("address", t.address);
    v("authorisation", t.authorisation);
}

template <class V, Is<domain::CatalogPaper> T>
void visit(V& v, T& t)
{
    v("text", t.text);
    v("kind", t.kind);
}

template <class V, Is<domain::SubmittedPaper> T>
void visit(V& v, T& t)
{
    v("index", t.index);
    v("name", t.name);
    v("kind", t.kind);
    v("form", t.form);
    v("quantity", t.quantity);
    v("shown", t.shown);
}

template <class V, Is<domain::PaperEntry> T>
void visit(V& v, T& t)
{
    v("given", t.given);
    v("form", t.form);
    v("quantity", t.quantity);
    v("shown", t.shown);
}

template <class V, Is<domain::Procedure> T>
void visit(V& v, T& t)
{
    v("code", t.code);
    v("name", t.name);
    v("field", t.field);
    v("group", t.group);
    v("days", t.days);
    v("feeVnd", t.feeVnd);
    v("feeNote", t.feeNote);
    v("unit", t.unit);
    v("supplementRule", t.supplementRule);
    v("papers", t.papers);
    v("source", t.source);
}

template <class V, Is<domain::ProcedureRowError> T>
void visit(V& v, T& t)
{
    v("line", t.line);
    v("column", t.column);
    v("message", t.message);
}

template <class V, Is<domain::ProcedureImport> T>
void visit(V& v, T& t)
{
    v("procedures", t.procedures);
    v("errors", t.errors);
    v("rowErrors", t.rowErrors);
    v("procedureLines", t.procedureLines);
}

template <class V, Is<domain::IntakeFee> T>
void visit(V& v, T& t)
{
    v("label", t.label);
    v("amount", t.amount);
    v("exempt", t.exempt);
    v("exemptReason", t.exemptReason);
}

template <class V, Is<domain::IntakeDraft> T>
void visit(V& v, T& t)
{
    v("procedureCode", t.procedureCode);
    v("applicantName", t.applicantName);
    v("idNumber", t.idNumber);
    v("phone", t.phone);
    v("address", t.address);
    v("channel", t.channel);
    v("ticket", t.ticket);
    v("applicantKind", t.applicantKind);
    v("email", t.email);
    v("representative", t.representative);
    v("collection", t.collection);
    v("papers", t.papers);
    v("fees", t.fees);
    v("savedAt", t.savedAt);
}

// [SECTION] domain: dossiers and apology slips

template <class V, Is<domain::Dossier> T>
void visit(V& v, T& t)
{
    v("id", t.id);
    v("code", t.code);
    v("procedureCode", t.procedureCode);
    v("procedureName", t.procedureName);
    v("procedureDays", t.procedureDays);
    v("applicantKind", t.applicantKind);
    v("applicantName", t.applicantName);
    v("idNumber", t.idNumber);
    v("phone", t.phone);
    v("address", t.address);
    v("email", t.email);
    v("representative", t.representative);
    v("collection", t.collection);
    v("papersRecorded", t.papersRecorded);
    v("channel", t.channel);
    v("ticketId", t.ticketId);
    v("status", t.status);
    v("receivedAt", t.receivedAt);
    v("originalDueAt", t.originalDueAt);
    v("dueAt", t.dueAt);
    v("resolvedAt", t.resolvedAt);
    v("returnedAt", t.returnedAt);
    v("returnedTo", t.returnedTo);
    v("closedAt", t.closedAt);
    v("supplementRequestedAt", t.supplementRequestedAt);
    v("supplementCount", t.supplementCount);
    v("receiver", t.receiver);
    v("unit", t.unit);
    v("version", t.version);
    v("checkCode", t.checkCode);
}

template <class V, Is<domain::DossierEvent> T>
void visit(V& v, T& t)
{
    v("id", t.id);
    v("at", t.at);
    v("actor", t.actor);
    v("action", t.action);
    v("fromStatus", t.fromStatus);
    v("toStatus", t.toStatus);
    v("note", t.note);
    v("flagged", t.flagged);
    v("actorName", t.actorName);
}

template <class V, Is<domain::DossierStep> T>
void visit(V& v, T& t)
{
    v("id", t.id);
    v("fromUnit", t.fromUnit);
    v("toUnit", t.toUnit);
    v("handedAt", t.handedAt);
    v("dueAt", t.dueAt);
    v("doneAt", t.doneAt);
    v("note", t.note);
}

template <class V, Is<domain::Apology> T>
void visit(V& v, T& t)
{
    v("id", t.id);
    v("dossierId", t.dossierId);
    v("dossierCode", t.dossierCode);
    v("number", t.number);
    v("numberYear", t.numberYear);
    v("status", t.status);
    v("forDueAt", t.forDueAt);
    v("proposedDueAt", t.proposedDueAt);
    v("reason", t.reason);
    v("reasonIsPlaceholder", t.reasonIsPlaceholder);
    v("unit", t.unit);
    v("late", t.late);
    v("breach", t.breach);
    v("draftedAt", t.draftedAt);
    v("signedAt", t.signedAt);
    v("signedBy", t.signedBy);
    v("voidedAt", t.voidedAt);
    v("deliveredAt", t.deliveredAt);
    v("deliveredHow", t.deliveredHow);
    v("deliveredCopySha256", t.deliveredCopySha256);
    v("signBy", t.signBy);
    v("shortNotice", t.shortNotice);
    v("signedLate", t.signedLate);
}

template <class V, Is<domain::DossierDetail> T>
void visit(V& v, T& t)
{
    v("dossier", t.dossier);
    v("papers", t.papers);
    v("events", t.events);
    v("steps", t.steps);
    v("apologies", t.apologies);
    v("fees", t.fees);
    v("attachments", t.attachments);
}

template <class V, Is<domain::Attachment> T>
void visit(V& v, T& t)
{
    v("id", t.id);
    v("dossierCode", t.dossierCode);
    v("kind", t.kind);
    v("paper", t.paper);
    v("sha256", t.sha256);
    v("pages", t.pages);
    v("bytes", t.bytes);
    v("addedBy", t.addedBy);
    v("addedAt", t.addedAt);
    v("reusedFrom", t.reusedFrom);
}

template <class V, Is<domain::PublicDossierView::Step> T>
void visit(V& v, T& t)
{
    v("unit", t.unit);
    v("handedAt", t.handedAt);
    v("doneAt", t.doneAt);
}

template <class V, Is<domain::PublicDossierView::Slip> T>
void visit(V& v, T& t)
{
    v("number", t.number);
    v("newDueAt", t.newDueAt);
    v("reason", t.reason);
}

template <class V, Is<domain::PublicDossierView> T>
void visit(V& v, T& t)
{
    v("code", t.code);
    v("procedureName", t.procedureName);
    v("status", t.status);
    v("maskedName", t.maskedName);
    v("receivedAt", t.receivedAt);
    v("dueAt", t.dueAt);
    v("late", t.late);
    v("steps", t.steps);
    v("apologies", t.apologies);
    v("returnedAt", t.returnedAt);
    v("rated", t.rated);
    v("owedVnd", t.owedVnd);
    v("paymentQr", t.paymentQr);
}

// [SECTION] domain: fees and payments (issue 16)

template <class V, Is<domain::FeePayment> T>
void visit(V& v, T& t)
{
    v("way", t.way);
    v("at", t.at);
    v("reference", t.reference);
    v("by", t.by);
}

template <class V, Is<domain::FeeLine> T>
void visit(V& v, T& t)
{
    v("line", t.line);
    v("label", t.label);
    v("amountVnd", t.amountVnd);
    v("exemptReason", t.exemptReason);
    v("payment", t.payment);
    v("waivedBy", t.waivedBy);
    v("waivedReason", t.waivedReason);
}

template <class V, Is<domain::FeeCollection> T>
void visit(V& v, T& t)
{
    v("totalVnd", t.totalVnd);
    v("payments", t.payments);
    v("byField", t.byField);
    v("byWay", t.byWay);
    v("dossiersWithFee", t.dossiersWithFee);
    v("paidCashless", t.paidCashless);
    v("paidOnPortal", t.paidOnPortal);
}

// [SECTION] domain: the report and the quality score

template <class V, Is<domain::ReportFigures> T>
void visit(V& v, T& t)
{
    v("carriedOver", t.carriedOver);
    v("receivedOnline", t.receivedOnline);
    v("receivedDirect", t.receivedDirect);
    v("resolved", t.resolved);
    v("early", t.early);
    v("onTime", t.onTime);
    v("late", t.late);
    v("closed", t.closed);
    v("inProgress", t.inProgress);
    v("inProgressWithin", t.inProgressWithin);
    v("inProgressPast", t.inProgressPast);
    v("returned", t.returned);
    v("apologies", t.apologies);
    v("rated", t.rated);
    v("satisfied", t.satisfied);
    v("dissatisfied", t.dissatisfied);
    v("onTime21", t.onTime21);
    v("finishedLate21", t.finishedLate21);
}

template <class V, Is<domain::ReportRow> T>
void visit(V& v, T& t)
{
    v("key", t.key);
    v("figures", t.figures);
}

template <class V, Is<domain::Measure> T>
void visit(V& v, T& t)
{
    v("rate", t.rate);
    v("part", t.part);
    v("whole", t.whole);
}

template <class V, Is<domain::QualityIndicator> T>
void visit(V& v, T& t)
{
    v("number", t.number);
    v("group", t.group);
    v("label", t.label);
    v("cap", t.cap);
    v("fullFrom", t.fullFrom);
    v("measure", t.measure);
}

template <class V, Is<domain::QualityScore> T>
void visit(V& v, T& t)
{
    v("indicators", t.indicators);
    v("points", t.points);
    v("capWithData", t.capWithData);
    v("weightTotal", t.weightTotal);
}

template <class V, Is<domain::Report> T>
void visit(V& v, T& t)
{
    v("from", t.from);
    v("to", t.to);
    v("asOf", t.asOf);
    v("total", t.total);
    v("byField", t.byField);
    v("byUnit", t.byUnit);
    v("quality", t.quality);
    v("fees", t.fees);
}

// [SECTION] service: queue requests and answers

template <class V, Is<service::IssueTicketRequest> T>
void visit(V& v, T& t)
{
    v("groupCode", t.groupCode);
    v("priorityReason", t.priorityReason);
    v("confirmed", t.confirmed);
}

template <class V, Is<service::IssuedTicket> T>
void visit(V& v, T& t)
{
    v("ticket", t.ticket);
    v("groupName", t.groupName);
    v("counters", t.counters);
    v("ahead", t.ahead);
    v("waitMinutes", t.waitMinutes);
}

template <class V, Is<service::GroupStatus> T>
void visit(V& v, T& t)
{
    v("group", t.group);
    v("waiting", t.waiting);
    v("priorityWaiting", t.priorityWaiting);
    v("waitMinutes", t.waitMinutes);
    v("priorityWaitMinutes", t.priorityWaitMinutes);
}

template <class V, Is<service::TransferRequest> T>
void visit(V& v, T& t)
{
    v("ticket", t.ticket);
    v("groupCode", t.groupCode);
    v("counter", t.counter);
}

// [SECTION] service: dossiers, deadlines, apology slips

template <class V, Is<service::ReceiveRequest> T>
void visit(V& v, T& t)
{
    v("procedureCode", t.procedureCode);
    v("applicantName", t.applicantName);
    v("idNumber", t.idNumber);
    v("phone", t.phone);
    v("address", t.address);
    v("channel", t.channel);
    v("ticket", t.ticket);
    v("applicantKind", t.applicantKind);
    v("email", t.email);
    v("representative", t.representative);
    v("collection", t.collection);
    v("papers", t.papers);
    v("fees", t.fees);
}

template <class V, Is<service::DossierQuery> T>
void visit(V& v, T& t)
{
    v("kind", t.kind);
    v("status", t.status);
    v("nameSearch", t.nameSearch);
    v("receivedFrom", t.receivedFrom);
    v("receivedBefore", t.receivedBefore);
    v("limit", t.limit);
}

template <class V, Is<service::DossierSummary> T>
void visit(V& v, T& t)
{
    v("dossier", t.dossier);
    v("late", t.late);
    v("lateSeconds", t.lateSeconds);
    v("atRisk", t.atRisk);
    v("signBy", t.signBy);
    v("shortNotice", t.shortNotice);
    v("apologyDue", t.apologyDue);
}

template <class V, Is<service::DueEstimate> T>
void visit(V& v, T& t)
{
    v("from", t.from);
    v("start", t.start);
    v("due", t.due);
    v("unconfirmedYears", t.unconfirmedYears);
}

template <class V, Is<service::SweepResult> T>
void visit(V& v, T& t)
{
    v("atRisk", t.atRisk);
    v("late", t.late);
    v("drafted", t.drafted);
    v("voided", t.voided);
    v("orphanFiles", t.orphanFiles);
}

template <class V, Is<service::SignApologyRequest> T>
void visit(V& v, T& t)
{
    v("id", t.id);
    v("reason", t.reason);
    v("newDue", t.newDue);
}

template <class V, Is<service::ForwardTarget> T>
void visit(V& v, T& t)
{
    v("value", t.value);
    v("label", t.label);
    v("officer", t.officer);
}

template <class V, Is<service::CalendarSuggestion> T>
void visit(V& v, T& t)
{
    v("date", t.date);
    v("name", t.name);
    v("reason", t.reason);
    v("alreadyInCalendar", t.alreadyInCalendar);
}

// [SECTION] service: administration

template <class V, Is<service::AuditReport> T>
void visit(V& v, T& t)
{
    v("ok", t.ok);
    v("rows", t.rows);
    v("problem", t.problem);
    v("files", t.files);
    v("badFiles", t.badFiles);
}

template <class V, Is<service::AttachRequest> T>
void visit(V& v, T& t)
{
    v("code", t.code);
    v("paper", t.paper);
    v("result", t.result);
    Base64Of<std::remove_reference_t<decltype((t.pdf))>> pdf{&t.pdf};  // a PDF is not text: base64
    v("pdf", pdf);
    v("sourceName", t.sourceName);
}

template <class V, Is<service::StaffAccount> T>
void visit(V& v, T& t)
{
    v("member", t.member);
    v("failedLogins", t.failedLogins);
    v("lockedUntil", t.lockedUntil);
}

// [SECTION] service: the wall's picture

template <class V, Is<service::RecentCall> T>
void visit(V& v, T& t)
{
    v("label", t.label);
    v("counter", t.counter);
    v("at", t.at);
    v("recall", t.recall);
}

template <class V, Is<service::WallServing> T>
void visit(V& v, T& t)
{
    v("counter", t.counter);
    v("counterName", t.counterName);
    v("label", t.label);
    v("calledAt", t.calledAt);
    v("priority", t.priority);
}

template <class V, Is<service::WallWaiting> T>
void visit(V& v, T& t)
{
    v("groupName", t.groupName);
    v("prefix", t.prefix);
    v("waiting", t.waiting);
}

template <class V, Is<service::WallDossier> T>
void visit(V& v, T& t)
{
    v("code", t.code);
    v("procedure", t.procedure);
    v("maskedName", t.maskedName);
    v("late", t.late);
    v("lateBy", t.lateBy);
    v("apologySigned", t.apologySigned);
    v("dueAt", t.dueAt);
    v("signByText", t.signByText);
    v("signByPassed", t.signByPassed);
}

template <class V, Is<service::WallPicture> T>
void visit(V& v, T& t)
{
    v("officeName", t.officeName);
    v("now", t.now);
    v("serving", t.serving);
    v("calls", t.calls);
    v("shownCalls", t.shownCalls);
    v("waiting", t.waiting);
    v("dossiers", t.dossiers);
    v("receivedToday", t.receivedToday);
    v("returnedToday", t.returnedToday);
    v("onTimeRateToday", t.onTimeRateToday);
    v("loaded", t.loaded);
}

}  // namespace motcua::net::fields
