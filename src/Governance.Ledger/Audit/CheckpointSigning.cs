using JasperFx;
using Wolverine.Runtime;
using Wolverine.Runtime.Agents;

namespace Governance.Ledger.Audit;

/// <summary>
/// Verifies the log and signs the chain's head once every <c>Governance:Audit:CheckpointMinutes</c> (default 60) while
/// it moves, on one node of the cluster: Wolverine's leader hands this one agent to one node, and to another when that
/// node dies. The period is counted from the last checkpoint stored, so a move between nodes signs no extra one.
/// </summary>
public sealed class CheckpointSigning(AuditTrail audit, IConfiguration configuration, ILogger<CheckpointSigning> logger)
    : IStaticAgentFamily
{
    public static readonly Uri Signer = new("ledger-checkpoints://signer");

    public string Scheme => Signer.Scheme;

    public ValueTask<IReadOnlyList<Uri>> AllKnownAgentsAsync() => ValueTask.FromResult<IReadOnlyList<Uri>>([Signer]);

    public ValueTask<IReadOnlyList<Uri>> SupportedAgentsAsync() => AllKnownAgentsAsync();

    public ValueTask<IAgent> BuildAgentAsync(Uri uri, IWolverineRuntime wolverineRuntime) =>
        ValueTask.FromResult<IAgent>(new Agent(audit,
            TimeSpan.FromMinutes(configuration.GetValue("Governance:Audit:CheckpointMinutes", 60.0)), logger));

    public ValueTask EvaluateAssignmentsAsync(AssignmentGrid assignments)
    {
        assignments.DistributeEvenly(Scheme);
        return ValueTask.CompletedTask;
    }

    private sealed class Agent(AuditTrail audit, TimeSpan period, ILogger logger) : IAgent
    {
        private readonly CancellationTokenSource _stopping = new();
        private Task _running = Task.CompletedTask;

        public Uri Uri => Signer;

        public AgentStatus Status { get; private set; } = AgentStatus.Stopped;

        public Task StartAsync(CancellationToken cancellationToken)
        {
            _running = RunAsync(_stopping.Token);
            Status = AgentStatus.Running;
            return Task.CompletedTask;
        }

        public async Task StopAsync(CancellationToken cancellationToken)
        {
            await _stopping.CancelAsync();
            await _running.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            Status = AgentStatus.Stopped;
        }

        private async Task RunAsync(CancellationToken stopping)
        {
            try
            {
                // A ledger with no checkpoint signs one as soon as its chain has caught up, so the open-data archive,
                // cut at a checkpoint, is there from the start rather than after the first period.
                // A log that fails verification is refused once and then tried at the period, not every two seconds.
                while (!await audit.HasCheckpointAsync(stopping))
                {
                    var outcome = await SignAsync(() => audit.FirstCheckpointAsync(stopping));
                    if (outcome?.Refused is not null) break;
                    if (outcome?.Signed is null) await Task.Delay(TimeSpan.FromSeconds(2), stopping);
                }

                using var timer = new PeriodicTimer(period < TimeSpan.FromMinutes(1) ? period : TimeSpan.FromMinutes(1));
                while (await timer.WaitForNextTickAsync(stopping)) await SignAsync(() => audit.CheckpointIfDueAsync(period, stopping));
            }
            catch (OperationCanceledException)
            {
                // Stopped: this node is stopping, or the leader moved the signer to another node.
            }
        }

        private async Task<SigningOutcome?> SignAsync(Func<Task<SigningOutcome?>> sign)
        {
            try
            {
                var outcome = await sign();
                Report(outcome);
                return outcome;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "No checkpoint signed this time; trying again at the next tick");
                return null;
            }
        }

        private void Report(SigningOutcome? outcome)
        {
            if (outcome?.Signed is { } checkpoint)
                logger.LogInformation("Checkpoint signed through {Sequence}: {ChainHash}", checkpoint.Sequence, checkpoint.ChainHash);
            if (outcome?.Refused is { } refused)
                logger.LogError("No checkpoint signed: the log failed verification: {Kind} at sequence {Sequence}: {Detail}",
                    refused.Kind, refused.Sequence, refused.Detail);
        }
    }
}
