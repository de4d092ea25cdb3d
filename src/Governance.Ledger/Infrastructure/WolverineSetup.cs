using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Governance.Ledger.Infrastructure.Http;
using Wolverine.Http;

namespace Governance.Ledger.Infrastructure;

public static class WolverineSetup
{
    public static void UseLedgerMessaging(this WolverineOptions options)
    {
        options.UseRuntimeCompilation();
        options.Policies.AutoApplyTransactions();
        options.Policies.UseDurableLocalQueues();
        options.Policies.UseDurableOutboxOnAllSendingEndpoints();
    }

    public static void UseLedgerHttp(this WolverineHttpOptions options) =>
        options.MapConcurrencyFailuresToConflict(toProblemDetails: exception => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = ConflictProblem.Title,
            Detail = $"Another request changed the record while this one was being recorded. {ConflictProblem.Advice} " +
                     $"({exception.Message})",
        });
}
