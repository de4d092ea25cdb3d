using Governance.Domain.ServiceChanges;

namespace Governance.Ledger.ServiceChanges;

/// <summary>What every record about a proposed service change states: the date, the proposal's version read, and its source.</summary>
public interface IServiceChangeCommand
{
    DateOnly On { get; }

    long Version { get; }

    RecordedFrom Source { get; }
}

public static class ServiceChange
{
    public static ProblemDetails Check(IServiceChangeCommand command, Action<RequestProblems>? more = null) =>
        RequestProblems.Check(problems =>
        {
            problems.CheckChange(nameof(command.On), command.On, command.Version, command.Source);
            more?.Invoke(problems);
        });

    /// <summary>A proposal is recorded by its footprint's secretaries.</summary>
    public static IResult Admit(IEventStream<ServiceChangeProposal> proposal, IServiceChangeCommand command, HttpContext context) =>
        Writes.Admit(proposal, command.Version, context, ServiceChangeProblems.Unknown, p => new WriteScope(p.FootprintId));

    public static void RequireResolution(this RequestProblems problems, ApprovingDecision? by, string field)
    {
        if (by is null || string.IsNullOrWhiteSpace(by.BodyId) || string.IsNullOrWhiteSpace(by.Resolution))
            problems.Add(field, "Name the resolution that decided it: its body id and number.");
    }
}
