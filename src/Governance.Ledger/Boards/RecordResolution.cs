using Governance.Domain.Boards;

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

    public static Task<(IResult, GoverningBody?)> LoadAsync(RecordResolution command, IEventStream<Meeting> meeting,
        IQuerySession session, HttpContext context, CancellationToken cancellation) =>
        MeetingChange.AdmitAsync(meeting, command, session, context, cancellation);

    /// <remarks>The resolution's number is claimed for its body in the same transaction (a unique document), so two
    /// meetings racing to record the same number cannot both succeed; a rescission is appended to the rescinded
    /// resolution's meeting too.</remarks>
    [RecordsOnce]
    [WolverinePost("/api/meetings/{id}/resolutions", OperationId = "RecordResolution")]
    public static async Task<IResult> Post(RecordResolution command,
        [Written] IEventStream<Meeting> meeting,
        GoverningBody body, IDocumentSession session, HttpContext context, CancellationToken cancellation)
    {
        var claimId = ResolutionNumberClaim.IdFor(body.Id, command.Number.Trim());
        var earlierClaim = await session.LoadAsync<ResolutionNumberClaim>(claimId, cancellation);
        var target = command.Rescinds is { } reference
            ? await session.Events.FetchForWriting<Meeting>(reference.MeetingId, cancellation)
            : null;
        var rescissionTarget = target?.Aggregate?.Find(command.Rescinds!.Number) is { } earlier
            ? new RescissionTarget(target.Aggregate, earlier)
            : null;

        var draft = new ResolutionDraft(command.Number.Trim(), command.Item.Trim(), command.Text, command.Reasons,
            command.Votes ?? Votes.None, command.Recused ?? [], command.Outcome, command.Rescinds);
        var decision = MeetingRules.RecordResolution(body, meeting.Aggregate!, draft, earlierClaim?.MeetingDate,
            rescissionTarget, command.Source.ToProvenance(context));
        if (decision.Events is [var recorded])
        {
            session.Insert(new ResolutionNumberClaim(claimId, meeting.Key!, meeting.Aggregate!.Date));
            if (MeetingRules.RescissionBy(recorded, meeting.Key!) is { } rescission) target!.AppendOne(rescission);
        }

        return meeting.Record(decision, context);
    }
}
