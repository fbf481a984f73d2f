#include "filled_values.h"

namespace motcua::test::filled {

using namespace domain;

Date date() { return {2026, 11, 27}; }

StaffMember staffMember() { return {7, "chuyenvien", "Phạm Thị Hoa", Role::Officer, "Phòng Văn hóa - Xã hội", false}; }

ServiceGroup serviceGroup() { return {3, "HT", "A", "Tư pháp – Hộ tịch", {1, 2}}; }

Counter counter() { return {4, "Quầy 4", false, {"HT", "DD"}}; }

Ticket ticket()
{
    Ticket t;
    t.id = 11;
    t.day = date();
    t.label = "A023";
    t.groupCode = "HT";
    t.number = 23;
    t.priorityReason = "Người cao tuổi";
    t.status = TicketStatus::Called;
    t.issuedAt = 1'790'000'000;
    t.counter = 2;
    t.targetCounter = 3;
    t.calledAt = 1'790'000'100;
    t.finishedAt = 1'790'000'200;
    t.recalls = 2;
    t.finishedUnseen = true;
    return t;
}

TicketHours ticketHours() { return {true, 1'790'000'000, 1'790'010'000, 1'790'000'900}; }

CalendarDay calendarDay() { return {date(), CalendarOverride::Workday, "Làm bù", "QĐ 123", true}; }

Representative representative()
{
    return {"Trần Văn Bình", "001099012345", "0912345678", "12 Lê Lợi", "Giấy ủy quyền số 12/GUQ"};
}

CatalogPaper catalogPaper() { return {"Tờ khai (bản chính) 1", PaperKind::Shown}; }

SubmittedPaper submittedPaper() { return {2, "Tờ khai", PaperKind::Conditional, PaperForm::CertifiedCopy, 3, true}; }

PaperEntry paperEntry() { return {true, PaperForm::Copy, 2, true}; }

Procedure procedure()
{
    Procedure p;
    p.code = "1.001193";
    p.name = "Đăng ký khai sinh";
    p.field = "Hộ tịch";
    p.group = "HT";
    p.days = 2.5;
    p.feeVnd = 8000;
    p.feeNote = "Miễn phí cho trẻ em";
    p.unit = "Công chức Tư pháp - Hộ tịch";
    p.supplementRule = SupplementRule::Restart;
    p.papers = {catalogPaper(), {"CCCD", PaperKind::Required}};
    p.source = "QĐ 1234";
    return p;
}

ProcedureRowError procedureRowError() { return {7, "days", "Dòng 7: số ngày không hợp lệ"}; }

ProcedureImport procedureImport() { return {{procedure()}, {"Dòng 7: …"}, {procedureRowError()}, {2}}; }

IntakeFee intakeFee() { return {"Lệ phí đăng ký khai sinh", "15.000", true, "Hộ nghèo"}; }

IntakeDraft intakeDraft()
{
    IntakeDraft d;
    d.procedureCode = "1.001193";
    d.applicantName = "Nguyễn Văn An";
    d.idNumber = "001099000001";
    d.phone = "0901234567";
    d.address = "Thôn 3";
    d.channel = Channel::Postal;
    d.ticket = "A001";
    d.applicantKind = ApplicantKind::Organisation;
    d.email = "an@example.vn";
    d.representative = representative();
    d.collection = Collection::Post;
    d.papers = {paperEntry(), {}};
    d.fees = std::vector<IntakeFee>{intakeFee(), {}};
    d.savedAt = 1'790'000'300;
    return d;
}

Dossier dossier()
{
    Dossier d;
    d.id = 5;
    d.code = "000.00.00.H01-261127-0001";
    d.procedureCode = "1.001193";
    d.procedureName = "Đăng ký khai sinh";
    d.procedureDays = 3.5;
    d.applicantKind = ApplicantKind::Organisation;
    d.applicantName = "Công ty An Phát";
    d.idNumber = "0101234567";
    d.phone = "0243123456";
    d.address = "Hà Nội";
    d.email = "lienhe@anphat.vn";
    d.representative = representative();
    d.collection = Collection::Online;
    d.papersRecorded = true;
    d.channel = Channel::Online;
    d.ticketId = 11;
    d.status = DossierStatus::WaitingSupplement;
    d.receivedAt = 1'790'000'000;
    d.originalDueAt = 1'790'100'000;
    d.dueAt = 1'790'200'000;
    d.resolvedAt = 1'790'150'000;
    d.returnedAt = 1'790'160'000;
    d.returnedTo = "Chính chủ";
    d.closedAt = 1'790'170'000;
    d.supplementRequestedAt = 1'790'050'000;
    d.supplementCount = 2;
    d.receiver = "motcua1";
    d.unit = "Phòng Kinh tế";
    d.version = 9;
    d.checkCode = "K7MQ2X";
    return d;
}

DossierEvent dossierEvent()
{
    return {3, 1'790'000'500, "chuyenvien", "forward", "received", "processing", "Chuyển xử lý", true, "Phạm Thị Hoa"};
}

DossierStep dossierStep()
{
    return {4, "Một cửa", "Phòng Kinh tế", 1'790'000'600, 1'790'090'000, 1'790'080'000, "Gấp"};
}

Apology apology()
{
    Apology a;
    a.id = 8;
    a.dossierId = 5;
    a.dossierCode = "000.00.00.H01-261127-0001";
    a.number = 12;
    a.numberYear = 2026;
    a.status = ApologyStatus::Signed;
    a.forDueAt = 1'790'100'000;
    a.proposedDueAt = 1'790'300'000;
    a.reason = "Chờ xác minh";
    a.reasonIsPlaceholder = true;
    a.unit = "Phòng Kinh tế";
    a.late = true;
    a.breach = true;
    a.draftedAt = 1'790'090'000;
    a.signedAt = 1'790'095'000;
    a.signedBy = "lanhdao";
    a.voidedAt = 1'790'096'000;
    a.deliveredAt = 1'790'097'000;
    a.deliveredHow = "trao tận tay";
    a.deliveredCopySha256 = std::string(64, 'a');
    a.signBy = 1'790'094'000;
    a.shortNotice = true;
    a.signedLate = true;
    return a;
}

FeePayment feePayment() { return {PaymentWay::Transfer, 1'790'000'700, "FT26331000123", "motcua1"}; }

FeeLine feeLine() { return {2, "Lệ phí đăng ký kết hôn", 50'000, "Hộ nghèo", feePayment(), "lanhdao", "Miễn theo quyết định"}; }

FeeCollection feeCollection()
{
    return {150'000, 3, {{"Hộ tịch", 100'000}}, {{PaymentWay::Portal, 50'000}}, 4, 2, 1};
}

Attachment attachment()
{
    return {7, "000.00.00.H01-261127-0001", AttachmentKind::Result, 3, std::string(64, 'a'), 2, 40'960, "motcua1",
            1'790'000'700, 5};
}

DossierDetail dossierDetail()
{
    return {dossier(), {submittedPaper()}, {dossierEvent()}, {dossierStep()}, {apology()}, {feeLine()}, {attachment()}};
}

PublicDossierView::Step publicStep() { return {"Phòng Kinh tế", 1'790'000'600, 1'790'080'000}; }

PublicDossierView::Slip publicSlip() { return {"12/PXL", 1'790'300'000, "Chờ xác minh"}; }

PublicDossierView publicDossierView()
{
    PublicDossierView v;
    v.code = "000.00.00.H01-261127-0001";
    v.procedureName = "Đăng ký khai sinh";
    v.status = DossierStatus::ResultReady;
    v.maskedName = "N*** V** An";
    v.receivedAt = 1'790'000'000;
    v.dueAt = 1'790'200'000;
    v.late = true;
    v.steps = {publicStep()};
    v.apologies = {publicSlip()};
    v.returnedAt = 1'790'160'000;
    v.rated = true;
    v.owedVnd = 50'000;
    v.paymentQr = "00020101021238570010A000000727";
    return v;
}

ReportFigures reportFigures()
{
    ReportFigures f;
    int n = 1;
    for (int* x : {&f.carriedOver, &f.receivedOnline, &f.receivedDirect, &f.resolved, &f.early, &f.onTime, &f.late,
                   &f.closed, &f.inProgress, &f.inProgressWithin, &f.inProgressPast, &f.returned, &f.apologies,
                   &f.rated, &f.satisfied, &f.dissatisfied, &f.onTime21, &f.finishedLate21})
        *x = n++;
    return f;
}

ReportRow reportRow() { return {"Hộ tịch", reportFigures()}; }

Measure measure() { return {0.75, 3, 4}; }

QualityIndicator qualityIndicator() { return {"2.1", QualityGroup::Satisfaction, "Tiến độ", 20, 0.9, measure()}; }

QualityScore qualityScore() { return {{qualityIndicator()}, 15.5, 20, 100}; }

Report report()
{
    return {1'790'000'000, 1'790'600'000, 1'790'300'000, reportFigures(), {reportRow()}, {reportRow()},
            qualityScore(), feeCollection()};
}

service::IssueTicketRequest issueTicketRequest() { return {"HT", "Phụ nữ có thai", false}; }

service::IssuedTicket issuedTicket() { return {ticket(), "Tư pháp – Hộ tịch", {1, 2}, 4, 12}; }

service::GroupStatus groupStatus() { return {serviceGroup(), 5, 2, 20, 8}; }

service::TransferRequest transferRequest() { return {"A023", "DD", 3}; }

service::ReceiveRequest receiveRequest()
{
    service::ReceiveRequest r;
    r.procedureCode = "1.001193";
    r.applicantName = "Công ty An Phát";
    r.idNumber = "0101234567";
    r.phone = "0243123456";
    r.address = "Hà Nội";
    r.channel = Channel::Postal;
    r.ticket = "A023";
    r.applicantKind = ApplicantKind::Organisation;
    r.email = "lienhe@anphat.vn";
    r.representative = representative();
    r.collection = Collection::Post;
    r.papers = std::vector<SubmittedPaper>{submittedPaper()};
    r.fees = std::vector<FeeLine>{feeLine()};
    return r;
}

service::DossierQuery dossierQuery()
{
    service::DossierQuery q;
    q.kind = service::DossierQuery::Kind::LateOrAtRisk;
    q.status = DossierStatus::Processing;
    q.nameSearch = "nguyen";
    q.receivedFrom = 1'790'000'000;
    q.receivedBefore = 1'790'600'000;
    q.limit = 50;
    return q;
}

service::DossierSummary dossierSummary() { return {dossier(), true, 3600, true, 1'790'094'000, true, true}; }

service::DueEstimate dueEstimate() { return {1'790'000'000, 1'790'001'000, 1'790'200'000, {2027}}; }

service::SweepResult sweepResult() { return {1, 2, 3, 4, 5}; }

service::SignApologyRequest signApologyRequest() { return {8, "Chờ xác minh", 1'790'300'000}; }

service::AuditReport auditReport() { return {false, 42, "Dòng 7 bị sửa", 12, 1}; }

// A PDF with bytes JSON text cannot carry (NUL, 0xFF): they travel as base64.
service::AttachRequest attachRequest()
{
    return {"000.00.00.H01-261127-0001", 2, true, std::string("%PDF-1.7\n\0\xff\x80 binary", 20), "giay-khai-sinh.pdf"};
}

service::ForwardTarget forwardTarget() { return {"chuyenvien", "Phạm Thị Hoa (chuyenvien)", true}; }

service::CalendarSuggestion calendarSuggestion() { return {date(), "Giỗ Tổ", "âm lịch 10/3", true}; }

service::StaffAccount staffAccount() { return {staffMember(), 3, 1'790'000'900}; }

service::RecentCall recentCall() { return {"A023", 2, 1'790'000'100, true}; }

service::WallServing wallServing() { return {2, "Quầy 2", "A023", 1'790'000'100, true}; }

service::WallWaiting wallWaiting() { return {"Tư pháp – Hộ tịch", "A", 6}; }

service::WallDossier wallDossier()
{
    return {"000.00.00.H01-261127-0001", "Đăng ký khai sinh", "N*** V** An", true, "2 ngày 3 giờ", true,
            1'790'200'000, "ký phiếu trước 17:00 17/11", true};
}

service::WallPicture wallPicture()
{
    service::WallPicture w;
    w.officeName = "UBND xã Hòa An";
    w.now = 1'790'000'000;
    w.serving = {wallServing()};
    w.calls = {recentCall(), recentCall()};
    w.shownCalls = {recentCall()};
    w.waiting = {wallWaiting()};
    w.dossiers = {wallDossier()};
    w.receivedToday = 12;
    w.returnedToday = 7;
    w.onTimeRateToday = 0.875;
    w.loaded = true;
    return w;
}

}  // namespace motcua::test::filled
