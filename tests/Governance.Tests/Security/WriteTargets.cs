using Alba;
using Governance.Ledger.SharedDecisions;
using Governance.Tests.Boards;
using Governance.Tests.Plans;
using Governance.Tests.Support;

namespace Governance.Tests.Security;

/// <summary>
/// One valid request for every write endpoint, all aimed at records of footprint QF7, so that only the caller's right
/// to write decides the answer. Set up once per ledger; the requests are refused, so the records stay as set up.
/// </summary>
public sealed class WriteTargets
{
    public const string Footprint = "QF7";

    public required IReadOnlyDictionary<string, (string Url, object Body)> Requests { get; init; }

    public static async Task<WriteTargets> SetUpAsync(IAlbaHost host)
    {
        var board = new BoardScenario(host);
        var body = await board.ConstituteAsync(footprint: Footprint);
        var minuted = await board.MeetingAsync(body, "2017-06-01", "v1", "v2", "v3", "v4", "v5");
        minuted = await board.ResolveAsync(minuted, BoardScenario.Resolution(minuted, "2017/1", "Passed", @for: ["v1", "v2", "v3"]));
        var later = await board.MeetingAsync(body, "2017-07-01", "v1", "v2", "v3", "v4");
        var unattended = await board.MeetingAsync(body, "2017-08-01");
        // Meetings of their own: a strike-out or a new date would move the others' targets.
        var struck = await board.MeetingAsync(body, "2017-08-15");
        var redated = await board.MeetingAsync(body, "2017-08-20");
        // Set up again after a test moved a record on: the partners are then there already.
        var partnersVersion = (await host.GetAsJson<Governance.Ledger.Footprints.Partners.PartnersView>($"/api/footprints/{Footprint}/partners"))!.Version;
        if (partnersVersion == 0)
        {
            await host.Records($"/api/footprints/{Footprint}/partners", new
            {
                organisationCode = "RHQ", name = "Sheffield Teaching Hospitals NHS Foundation Trust",
                type = "NhsFoundationTrust", joinedOn = "2017-04-01", version = 0, source = BoardScenario.Minutes,
            });
            partnersVersion = (await host.Records($"/api/footprints/{Footprint}/partners", new
            {
                organisationCode = "RCU", name = "Sheffield Children's NHS Foundation Trust",
                type = "NhsFoundationTrust", joinedOn = "2017-04-01", version = 1, source = BoardScenario.Minutes,
            })).Version;
        }
        var footprintVersion = (await host.GetAsJson<object[]>($"/api/footprints/{Footprint}/history"))!.Length;
        var plans = new PlanScenario(host);
        var plan = await plans.DraftAsync(Footprint);
        var amendment = await plans.ProposeAsync(plan, 1, "primary-care", 0, text: "Seven-day access.");
        var amendments = $"/api/plans/{plan}/amendments/{amendment.AmendmentId}";
        var decision = (await host.Records($"/api/footprints/{Footprint}/shared-decisions", new
        {
            title = "Shared strategy", text = "Adopt it.", requiredPartners = new[] { "RHQ" }, proposedOn = "2017-06-15",
            deadline = "2017-12-31", source = BoardScenario.Minutes,
        })).Id;
        var arrangements = await host.GetAsJson<ArrangementsView>($"/api/footprints/{Footprint}/arrangements");
        if (arrangements!.Version == 0)
            await host.Records($"/api/footprints/{Footprint}/arrangements", new
            {
                kind = "JointCommittee", description = "Joint committee", rule = "EveryRequiredPartner", adoptedBy = new[] { "RHQ" },
                delegatedDecisions = new[] { "Estates" }, bodyId = body, adoptedOn = "2017-05-01", version = 0,
                source = BoardScenario.Minutes,
            });
        var arrangement = $"/api/footprints/{Footprint}/arrangements/JointCommittee-2017-05-01";
        var delegated = (await host.Records($"/api/footprints/{Footprint}/shared-decisions", new
        {
            title = "Estates strategy", text = "Adopt it.", requiredPartners = new[] { "RHQ" }, matter = "Estates",
            proposedOn = "2017-06-15", deadline = "2017-12-31", source = BoardScenario.Minutes,
        })).Id;
        var change = (await host.Records($"/api/footprints/{Footprint}/service-changes", new
        {
            title = "Ward reconfiguration", description = "Two wards become one.", options = new[] { "One ward" },
            substantialVariation = true, proposedOn = "2017-02-01", source = BoardScenario.Minutes,
        })).Id;
        var engagement = (await host.Records($"/api/footprints/{Footprint}/engagement", new
        {
            kind = "PatientGroup", title = "Patient forum", with = "Patient participation group", heard = "Parking",
            heldOn = "2017-02-10", source = BoardScenario.Minutes,
        })).Id;
        var changes = $"/api/service-changes/{change}";
        var bid = (await host.Records($"/api/footprints/{Footprint}/bids", new
        {
            scheme = "Hub", sponsors = new[] { "RHQ" }, amountAsked = 1_000_000m, fund = "STP capital", route = "Capital", submittedOn = "2017-05-01",
            source = BoardScenario.Minutes,
        })).Id;
        var paper = await Secretariat.PaperUploads.StoreAsync(host, "Estates strategy paper, version 1"u8.ToArray(), "text/plain");
        var agendaMeeting = await board.MeetingAsync(body, "2017-10-01");
        agendaMeeting = agendaMeeting with { Version = (await host.Records($"/api/meetings/{agendaMeeting.Id}/agenda", new
        {
            number = "1", title = "Estates strategy", @private = false, lead = "Director of Estates", purpose = "Decision",
            version = agendaMeeting.Version, source = BoardScenario.Minutes,
        })).Version };
        await host.Records($"/api/bodies/{body}/seats", new
        {
            seat = new { id = "chair", title = "Chair", votes = true }, effectiveOn = "2017-04-01", version = 1, source = BoardScenario.Minutes,
        });
        var planned = await host.Records($"/api/bodies/{body}/forward-plan", new
        {
            what = "Estates strategy", decideBy = "2017-07-01", @private = false, on = "2017-05-01", version = 0, source = BoardScenario.Minutes,
        });
        var action = await host.Records($"/api/bodies/{body}/actions", new
        {
            what = "Report back", owner = "Director of Estates", dueOn = "2017-08-01", meetingId = minuted.Id,
            arisingFrom = "resolution 2017/1", on = "2017-06-01", version = 0, source = BoardScenario.Minutes,
        });
        var chairs = await host.Records($"/api/bodies/{body}/chairs-actions", new
        {
            decision = "Sign the lease", reasons = "The landlord's deadline fell before the next meeting", takenBy = new[] { "chair" },
            on = "2017-06-10", version = 0, source = BoardScenario.Minutes,
        });
        var written = await host.Records($"/api/bodies/{body}/written-resolutions", new
        {
            text = "Agree the estates strategy", closesOn = "2017-06-30", on = "2017-06-15", version = 0, source = BoardScenario.Minutes,
        });
        var person = await host.Records("/api/people", new { name = "Member One", organisation = "ORG1", source = BoardScenario.Minutes });
        var appointment = await host.Records($"/api/bodies/{body}/members", new
        {
            personId = person.Id, seatId = "v1", kind = "Substantive", on = "2017-05-01", version = 0, source = BoardScenario.Minutes,
        });
        var entry = await host.Records($"/api/bodies/{body}/register", new
        {
            seatId = "v1", member = "Member One", kind = "Interest", organisation = "RHQ", description = "Trustee",
            from = "2017-01-01", on = "2017-05-01", version = 0, source = BoardScenario.Minutes,
        });
        var response = new { organisation = "RHQ", resolution = new { bodyId = body, resolution = "2017/1" }, on = "2017-07-01", source = BoardScenario.Minutes };
        var source = BoardScenario.Minutes;

        return new WriteTargets
        {
            Requests = new Dictionary<string, (string, object)>
            {
                ["/api/footprints/{id}/leads"] = ($"/api/footprints/{Footprint}/leads", new
                {
                    lead = "Someone", effectiveOn = "2023-01-01", precision = "Day", version = footprintVersion, source,
                }),
                ["/api/footprints/{id}/partners"] = ($"/api/footprints/{Footprint}/partners", new
                {
                    organisationCode = "02P", name = "NHS Barnsley CCG", type = "ClinicalCommissioningGroup",
                    joinedOn = "2017-04-01", version = partnersVersion, source,
                }),
                ["/api/footprints/{id}/partners/{code}/departure"] = ($"/api/footprints/{Footprint}/partners/RHQ/departure",
                    new { leftOn = "2020-01-01", version = partnersVersion, source }),
                ["/api/footprints/{footprintId}/bodies"] = ($"/api/footprints/{Footprint}/bodies", new
                {
                    name = "Joint Committee", kind = "JointCommittee", terms = new { quorum = 1, voting = "SimpleMajority" },
                    seats = BoardScenario.Seats, constitutedOn = "2018-01-01", source,
                }),
                ["/api/bodies/{id}/terms"] = ($"/api/bodies/{body}/terms", new
                {
                    terms = new { quorum = 3, voting = "SimpleMajority" }, effectiveOn = "2019-01-01", version = 2, source,
                }),
                ["/api/bodies/{id}/seats"] = ($"/api/bodies/{body}/seats", new
                {
                    seat = new { id = "v7", title = "Voting member 7", votes = true }, effectiveOn = "2019-01-01",
                    version = 2, source,
                }),
                ["/api/bodies/{id}/seats/{seatId}/withdrawal"] = ($"/api/bodies/{body}/seats/v6/withdrawal",
                    new { effectiveOn = "2019-01-01", version = 2, source }),
                ["/api/bodies/{id}/dissolution"] = ($"/api/bodies/{body}/dissolution",
                    new { effectiveOn = "2022-07-01", version = 2, source }),
                ["/api/bodies/{id}/meetings"] = ($"/api/bodies/{body}/meetings",
                    new { date = "2017-09-01", @public = true, source }),
                ["/api/meetings/{id}/attendance"] = ($"/api/meetings/{unattended.Id}/attendance",
                    new { present = new[] { "v1", "v2", "v3", "v4" }, version = unattended.Version, source }),
                ["/api/meetings/{id}/interests"] = ($"/api/meetings/{later.Id}/interests",
                    new { seatId = "v1", item = "Finance", nature = "Trustee", version = later.Version, source }),
                ["/api/meetings/{id}/resolutions"] = ($"/api/meetings/{later.Id}/resolutions",
                    BoardScenario.Resolution(later, "2017/2", "Passed", @for: ["v1", "v2", "v3"])),
                ["/api/meetings/{id}/corrections"] = ($"/api/meetings/{minuted.Id}/corrections", new
                {
                    number = "2017/1", field = "text", correct = "Corrected", reason = "Misminuted",
                    version = minuted.Version, source,
                }),
                ["/api/meetings/{id}/strike-outs"] = ($"/api/meetings/{struck.Id}/strike-outs",
                    new { reason = "Entered for the wrong body", version = struck.Version, source }),
                ["/api/meetings/{id}/date-correction"] = ($"/api/meetings/{redated.Id}/date-correction",
                    new { date = "2017-08-21", reason = "Held a day later than minuted", version = redated.Version, source }),
                ["/api/meetings/{id}/minutes-approval"] = ($"/api/meetings/{minuted.Id}/minutes-approval",
                    new { approvedAtMeetingId = later.Id, version = minuted.Version, source }),
                ["/api/footprints/{footprintId}/plans"] = ($"/api/footprints/{Footprint}/plans", new
                {
                    title = "System plan", sections = new[] { PlanScenario.Section("finance", "Balance the books.") },
                    draftedOn = "2019-09-30", source,
                }),
                ["/api/plans/{id}/milestones"] = ($"/api/plans/{plan}/milestones",
                    new { milestone = "Published", on = "2016-12-01", version = amendment.Version, source }),
                ["/api/plans/{id}/supersession"] = ($"/api/plans/{plan}/supersession",
                    new { supersededBy = "a later plan", on = "2019-11-30", version = amendment.Version, source }),
                ["/api/plans/{id}/amendments"] = ($"/api/plans/{plan}/amendments", new
                {
                    changes = new[] { new { section = "mental-health", draftedAgainst = 0, text = "Crisis cafes." } },
                    reason = "Refresh", on = "2017-01-10", version = amendment.Version, source,
                }),
                ["/api/plans/{id}/amendments/{amendmentId}/rebase"] = ($"{amendments}/rebase", new
                {
                    changes = new[] { new { section = "primary-care", draftedAgainst = 0, text = "Seven-day access for all." } },
                    reason = "Rebased", on = "2017-01-20", version = amendment.Version, source,
                }),
                ["/api/plans/{id}/amendments/{amendmentId}/approval"] = ($"{amendments}/approval",
                    PlanScenario.Approval(body, "2017/1", "2017-07-01", amendment.Version)),
                ["/api/plans/{id}/amendments/{amendmentId}/rejection"] = ($"{amendments}/rejection",
                    new { reason = "Not now", on = "2017-02-01", version = amendment.Version, source }),
                ["/api/plans/{id}/amendments/{amendmentId}/withdrawal"] = ($"{amendments}/withdrawal",
                    new { reason = "Overtaken", on = "2017-02-01", version = amendment.Version, source }),
                ["/api/footprints/{id}/arrangements"] = ($"/api/footprints/{Footprint}/arrangements", new
                {
                    kind = "MemorandumOfUnderstanding", description = "MoU", rule = "EveryRequiredPartner",
                    adoptedBy = new[] { "RHQ" }, adoptedOn = "2017-05-01", version = 1, source,
                }),
                ["/api/footprints/{id}/arrangements/{arrangementId}/adoptions"] = ($"{arrangement}/adoptions",
                    new { organisation = "RCU", adoptedOn = "2017-06-01", version = 1, source }),
                ["/api/footprints/{id}/arrangements/{arrangementId}/revisions"] = ($"{arrangement}/revisions", new
                {
                    description = "Joint committee, revised", rule = "EveryRequiredPartner", delegatedDecisions = new[] { "Estates" },
                    revisedOn = "2018-01-01", version = 1, source,
                }),
                ["/api/footprints/{id}/arrangements/{arrangementId}/dissolution"] = ($"{arrangement}/dissolution",
                    new { dissolvedOn = "2019-01-01", version = 1, source }),
                ["/api/footprints/{id}/arrangements/{arrangementId}/chairs"] = ($"{arrangement}/chairs",
                    new { name = "A Chair", role = "Chair", independent = true, appointedOn = "2017-06-01", version = 1, source }),
                ["/api/shared-decisions/{id}/committee-decision"] = ($"/api/shared-decisions/{delegated}/committee-decision",
                    new { resolution = new { bodyId = body, resolution = "2017/1" }, on = "2017-07-01", version = 1, source }),
                ["/api/footprints/{id}/shared-decisions"] = ($"/api/footprints/{Footprint}/shared-decisions", new
                {
                    title = "Another", text = "Adopt it.", requiredPartners = new[] { "RHQ" }, proposedOn = "2017-06-15",
                    deadline = "2017-12-31", source,
                }),
                ["/api/shared-decisions/{id}/ratifications"] = ($"/api/shared-decisions/{decision}/ratifications", response),
                ["/api/shared-decisions/{id}/declines"] = ($"/api/shared-decisions/{decision}/declines", response),
                ["/api/shared-decisions/{id}/withdrawal"] = ($"/api/shared-decisions/{decision}/withdrawal",
                    new { reason = "Overtaken", on = "2017-07-01", version = 1, source }),
                ["/api/shared-decisions/{id}/lapse"] = ($"/api/shared-decisions/{decision}/lapse", new { version = 1, source }),
                ["/api/webhook-subscriptions"] = ("/api/webhook-subscriptions", new { url = "http://127.0.0.1:9/notices", footprintId = Footprint }),
                ["/api/footprints/{footprintId}/service-changes"] = ($"/api/footprints/{Footprint}/service-changes", new
                {
                    title = "Another change", description = "Beds move.", options = new[] { "Move" }, proposedOn = "2017-02-01", source,
                }),
                ["/api/service-changes/{id}/assurance"] = ($"{changes}/assurance",
                    new { test = "PatientChoice", applies = true, text = "Evidence", on = "2017-03-01", version = 1, source }),
                ["/api/service-changes/{id}/scrutiny"] = ($"{changes}/scrutiny",
                    new { committee = "Health scrutiny committee", on = "2017-03-01", version = 1, source }),
                ["/api/service-changes/{id}/consultation"] = ($"{changes}/consultation", new
                {
                    closes = "2017-05-01", documents = new[] { new { reference = "Consultation document" } }, onOptions = false,
                    on = "2017-03-01", version = 1, source,
                }),
                ["/api/service-changes/{id}/consultation/report"] = ($"{changes}/consultation/report",
                    new { responses = 10, report = new { reference = "Report" }, on = "2017-06-01", version = 1, source }),
                ["/api/service-changes/{id}/decision"] = ($"{changes}/decision",
                    new { decidedBy = new { bodyId = body, resolution = "2017/1" }, on = "2017-07-01", version = 1, source }),
                ["/api/service-changes/{id}/decision-from-papers"] = ($"{changes}/decision-from-papers",
                    new { decidedBy = new { bodyId = body, resolution = "2017/1" }, on = "2017-07-01", version = 1, source }),
                ["/api/service-changes/{id}/referral"] = ($"{changes}/referral",
                    new { committee = "Health scrutiny committee", on = "2017-07-01", version = 1, source }),
                ["/api/service-changes/{id}/referral/outcome"] = ($"{changes}/referral/outcome",
                    new { outcome = "Upheld", on = "2017-09-01", version = 1, source }),
                ["/api/footprints/{footprintId}/engagement"] = ($"/api/footprints/{Footprint}/engagement", new
                {
                    kind = "Survey", title = "Survey", with = "Residents", heard = "Views", heldOn = "2017-02-10", source,
                }),
                ["/api/footprints/{footprintId}/bids"] = ($"/api/footprints/{Footprint}/bids", new
                {
                    scheme = "Another hub", sponsors = new[] { "RHQ" }, amountAsked = 1_000_000m, fund = "STP capital", route = "Capital",
                    submittedOn = "2017-05-01", source,
                }),
                ["/api/bids/{id}/decisions"] = ($"/api/bids/{bid}/decisions",
                    new { decision = "ProvisionalAllocation", amount = 1_000_000m, on = "2017-07-19", version = 1, source }),
                ["/api/bodies/{id}/forward-plan"] = ($"/api/bodies/{body}/forward-plan", new
                {
                    what = "Workforce plan", decideBy = "2017-09-01", @private = false, on = "2017-05-02", version = planned.Version, source,
                }),
                ["/api/bodies/{id}/forward-plan/{item}/withdrawal"] = ($"/api/bodies/{body}/forward-plan/{planned.Id}/withdrawal",
                    new { reason = "Overtaken", on = "2017-05-03", version = planned.Version, source }),
                ["/api/bodies/{id}/actions"] = ($"/api/bodies/{body}/actions", new
                {
                    what = "Another report", owner = "Director", dueOn = "2017-08-01", meetingId = minuted.Id, arisingFrom = "item 1",
                    on = "2017-06-01", version = action.Version, source,
                }),
                ["/api/bodies/{id}/actions/{action}/updates"] = ($"/api/bodies/{body}/actions/{action.Id}/updates",
                    new { note = "Done", close = true, on = "2017-07-01", version = action.Version, source }),
                ["/api/bodies/{id}/chairs-actions"] = ($"/api/bodies/{body}/chairs-actions", new
                {
                    decision = "Another", reasons = "Urgent", takenBy = new[] { "chair" }, on = "2017-06-11", version = chairs.Version, source,
                }),
                ["/api/bodies/{id}/chairs-actions/{action}/ratification"] = ($"/api/bodies/{body}/chairs-actions/{chairs.Id}/ratification",
                    new { meetingId = minuted.Id, resolution = "2017/1", version = chairs.Version, source }),
                ["/api/bodies/{id}/written-resolutions"] = ($"/api/bodies/{body}/written-resolutions",
                    new { text = "Another", closesOn = "2017-07-30", on = "2017-07-15", version = written.Version, source }),
                ["/api/bodies/{id}/written-resolutions/{resolution}/answers"] = ($"/api/bodies/{body}/written-resolutions/{written.Id}/answers",
                    new { seatId = "v1", vote = "For", on = "2017-06-16", version = written.Version, source }),
                ["/api/bodies/{id}/written-resolutions/{resolution}/conclusion"] = ($"/api/bodies/{body}/written-resolutions/{written.Id}/conclusion",
                    new { on = "2017-07-01", version = written.Version, source }),
                ["/api/bodies/{id}/register"] = ($"/api/bodies/{body}/register", new
                {
                    seatId = "v2", member = "Member Two", kind = "NilReturn", on = "2017-05-01", version = entry.Version, source,
                }),
                ["/api/bodies/{id}/register/{entry}/end"] = ($"/api/bodies/{body}/register/{entry.Id}/end",
                    new { until = "2018-01-01", on = "2018-01-02", version = entry.Version, source }),
                ["/api/bodies/{id}/members"] = ($"/api/bodies/{body}/members", new
                {
                    personId = person.Id, seatId = "v2", kind = "Acting", on = "2017-06-01", version = appointment.Version, source,
                }),
                ["/api/bodies/{id}/members/{appointmentId}/end"] = ($"/api/bodies/{body}/members/{appointment.Id}/end",
                    new { ending = "Resigned", on = "2018-01-01", version = appointment.Version, source }),
                ["/api/meetings/{id}/agenda"] = ($"/api/meetings/{agendaMeeting.Id}/agenda", new
                {
                    number = "2", title = "Finance", @private = false, lead = "Director of Finance", purpose = "Information",
                    version = agendaMeeting.Version, source,
                }),
                ["/api/meetings/{id}/agenda/{item}/papers"] = ($"/api/meetings/{agendaMeeting.Id}/agenda/1/papers", new
                {
                    title = "Estates strategy", sha256 = paper, fileName = "estates.txt", tabledOn = "2017-09-20",
                    version = agendaMeeting.Version, source,
                }),
                ["/api/engagement/{id}/outcomes"] = ($"/api/engagement/{engagement}/outcomes",
                    new { said = "Parking", did = "More parking", on = "2017-03-01", version = 1, source }),
            },
        };
    }
}
