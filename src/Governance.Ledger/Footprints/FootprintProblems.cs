using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Ledger.Footprints;

public static class FootprintProblems
{
    public static ProblemHttpResult Unknown(string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No such footprint",
        detail: $"The ledger has no footprint '{id}'. Footprint ids are ODS Q-codes such as QF7 " +
                "(or, for the three footprints that merged in 2018, their ONS codes E54000045 to E54000047); " +
                "GET /api/footprints lists them.");

    public static ProblemHttpResult NoPartners(string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No partners recorded",
        detail: $"No organisation has joined footprint {id} in the ledger yet, so none can leave it.");

    public static ProblemHttpResult NotExistingOn(string id, DateOnly asOf, string? why) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "The footprint did not exist on that date",
        detail: why ?? $"Footprint {id} did not exist on {asOf:yyyy-MM-dd}.");
}
