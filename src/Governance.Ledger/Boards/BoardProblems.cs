namespace Governance.Ledger.Boards;

public static class BoardProblems
{
    public static IResult UnknownBody(string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "No such body",
        detail: $"The ledger has no governance body '{id}'. GET /api/footprints/{{footprint}}/bodies lists a footprint's bodies.");

    public static IResult UnknownMeeting(string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "No such meeting",
        detail: $"The ledger has no meeting '{id}'. GET /api/bodies/{{body}} lists a body's meetings.");
}
