using Governance.Domain.Boards;
using Governance.Ledger.Infrastructure.Security;

namespace Governance.Ledger.Boards;

/// <summary>Records a numbered resolution: its item, text, reasons, each voting seat's vote, who stood aside, the
/// outcome, and the earlier resolution it rescinds, if any.</summary>
public sealed record RecordResolution(
    string Number, string Item, string Text, string? Reasons, Votes? Votes, IReadOnlyList<string>? Recused,
    ResolutionOutcome Outcome, ResolutionRef? Rescinds, long Version, RecordedFrom Source) : IMeetingChange;

public static class RecordResolutionEndpoint
{
    public static ProblemDetails Validate(RecordResolution command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Number), command.Number, "Give the resolution's number, e.g. 2017/14.");
        problems.Require(nameof(command.Item), command.Item, "Say which agenda item it belongs to.");
        problems.Require(nameof(command.Text), command.Text, "Give the text of the resolution as minuted.");
        problems.CheckChange(command);
        if (command.Rescinds is { } rescinded)
        {
            problems.Require($"{nameof(command.Rescinds)}.meetingId", rescinded.MeetingId, "Name the meeting whose resolution this rescinds.");
            problems.Require($"{nameof(command.Rescinds)}.number", rescinded.Number, "Give the number of the resolution this rescinds.");
        }
    });

    [RecordsOnce]
    [WolverinePost("/api/meetings/{id}/resolutions", OperationId = "RecordResolution")]
    public static async Task<IResult> Post(string id, RecordResolution command, IDocumentSession session,
        HttpContext context, CancellationToken cancellation)
    {
        var listing = await session.LoadAsync<MeetingListing>(id, cancellation);
        if (listing is null) return BoardProblems.UnknownMeeting(id);
        // Who may write is settled before the version is compared, so an outsider learns nothing of the record.
        var body = (await session.Events.AggregateStreamAsync<GoverningBody>(listing.BodyId, token: cancellation))!;
        if (MeetingWrites.HiddenFrom(context, listing, body)) return BoardProblems.UnknownMeeting(id);
        if (WriteAccess.Check(context, body.FootprintId, body.Id) is { } denied) return denied;
        var (stream, problem) = await StreamForWriting.FetchAsync<Meeting>(
            session, id, command.Version, BoardProblems.UnknownMeeting, cancellation);
        if (stream is null) return problem!;
        var claimId = ResolutionNumberClaim.IdFor(body.Id, command.Number.Trim());
        var earlierClaim = await session.LoadAsync<ResolutionNumberClaim>(claimId, cancellation);
        var target = command.Rescinds is { } reference
            ? await session.Events.FetchForWriting<Meeting>(reference.MeetingId, cancellation)
            : null;
        var rescissionTarget = target?.Aggregate?.Find(command.Rescinds!.Number) is { } earlier
            ? new RescissionTarget(target.Aggregate, earlier)
            : null;

        var draft = new ResolutionDraft(command.Number.Trim(), command.Item, command.Text, command.Reasons,
            command.Votes ?? Votes.None, command.Recused ?? [], command.Outcome, command.Rescinds);
        var decision = MeetingRules.RecordResolution(body, stream.Aggregate!, draft, earlierClaim?.MeetingDate,
            rescissionTarget, command.Source.ToProvenance(context));
        if (decision.Event is not { } recorded) return RequestProblems.Rejected(decision.Rejection!);

        stream.AppendOne(recorded);
        session.Insert(new ResolutionNumberClaim(claimId, id, listing.Date));
        if (MeetingRules.RescissionBy(recorded, id) is { } rescission) target!.AppendOne(rescission);
        return TypedResults.Ok(new RecordedResponse(id, command.Version + 1));
    }
}
