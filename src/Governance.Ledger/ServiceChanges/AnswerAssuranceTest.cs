using Governance.Domain.ServiceChanges;

namespace Governance.Ledger.ServiceChanges;

/// <summary>Records the evidence that a proposal passes an assurance test, or (with <c>applies</c> false) the sourced
/// reason the test does not apply to it.</summary>
public sealed record AnswerAssuranceTest(AssuranceTest? Test, bool Applies, string Text, DateOnly On, long Version,
    RecordedFrom Source) : IServiceChangeCommand;

public static class AnswerAssuranceTestEndpoint
{
    public static ProblemDetails Validate(AnswerAssuranceTest command) => ServiceChange.Check(command, problems =>
    {
        problems.Require(nameof(command.Test), command.Test, "Name the test: " + string.Join(", ", Enum.GetNames<AssuranceTest>()) + ".");
        problems.Require(nameof(command.Text), command.Text,
            command.Applies ? "Say what the evidence shows." : "Say why the test does not apply.");
    });

    public static IResult Before(AnswerAssuranceTest command, IEventStream<ServiceChangeProposal> proposal, HttpContext context) =>
        ServiceChange.Admit(proposal, command, context);

    [RecordsOnce]
    [WolverinePost("/api/service-changes/{id}/assurance", OperationId = "AnswerAssuranceTest")]
    public static IResult Post(AnswerAssuranceTest command, [Written] IEventStream<ServiceChangeProposal> proposal,
        HttpContext context) =>
        proposal.Record(ServiceChangeRules.AnswerTest(proposal.Aggregate!, command.Test!.Value, command.Applies, command.Text,
            EffectiveDate.OnDay(command.On), command.Source.ToProvenance(context)), context);
}
