using Governance.Ledger.SharedDecisions.Notices;
using Wolverine;

namespace Governance.Ledger.SharedDecisions;

public static class SharedDecisionMessaging
{
    /// <summary>Deadlines, notices and their deliveries each go through a durable local queue of their own.</summary>
    public static void UseSharedDecisionMessaging(this WolverineOptions options)
    {
        options.PublishMessage<LapseAtDeadline>().ToLocalQueue("deadlines");
        options.PublishMessage<SharedDecisionConcluded>().ToLocalQueue("notices");
        options.PublishMessage<DeliverNotice>().ToLocalQueue("webhooks");
    }
}
