using Governance.Domain.People;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.People;

public static class PersonReads
{
    /// <summary>People as their records name them, known at the reader's moment. A person's record is not a fact of
    /// history dated by <c>asOf</c> (it is dated the day it was recorded), so every date reads the same name.</summary>
    public static async Task<IReadOnlyDictionary<string, Person>> PeopleAsync(this RecordReader record, IReadOnlyList<string> ids,
        CancellationToken cancellation)
    {
        var events = await record.EventsAsync(ids, cancellation, record.On(DateOnly.MaxValue));
        return ids.Distinct().Select(id => record.Fold(PeopleRegistration.People, id, events[id])).OfType<Person>().ToDictionary(p => p.Id);
    }

    /// <summary>A person as their record names them.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/people/{id}", OperationId = "GetPerson")]
    public static async Task<IResult> Get(string id, RecordReader record, CancellationToken cancellation) =>
        (await record.PeopleAsync([id], cancellation)).GetValueOrDefault(id) is { } person
            ? TypedResults.Ok(person)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such person",
                detail: $"No person '{id}' is recorded.");
}
