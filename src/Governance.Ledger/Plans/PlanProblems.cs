namespace Governance.Ledger.Plans;

public static class PlanProblems
{
    public static IResult Unknown(string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "No such plan",
        detail: $"The ledger has no plan '{id}'. GET /api/footprints/{{footprint}}/plans lists a footprint's plans.");
}
