using System.Runtime.CompilerServices;

namespace Governance.Specifications.Common;

/// <summary>The ledger's first clock, fact kind by fact kind: what happened cannot be dated after today; only what is
/// planned, scheduled or set to take effect from a date may be.</summary>
public class facts_dated_after_today
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    /// <summary>The facts that may lie ahead, named one by one: a new kind of fact is one that happened until it is
    /// added here and marked <see cref="IMayLieAhead"/>.</summary>
    private static readonly string[] Planned =
    [
        "MeetingScheduled", "AgendaItemAdded", "BodyConstituted", "TermsOfReferenceRevised", "SeatCreated", "SeatWithdrawn",
        "BodyDissolved", "LeadAppointed", "ChairAppointed", "PartnerJoined", "PartnerLeft", "ArrangementRevised",
        "ArrangementDissolved", "MeetingStruckOut", "ResolutionStruckOut", "MeetingDateCorrected", "MemberAppointed",
        "AppointmentEnded",
    ];

    private static IEnumerable<Type> Kinds() => typeof(ILedgerEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ILedgerEvent).IsAssignableFrom(t))
        .OrderBy(t => t.Name);

    public static TheoryData<string> Happened => new(Kinds().Select(t => t.Name).Except(Planned));

    public static TheoryData<string> MayBePlanned => new(Planned);

    [Theory]
    [MemberData(nameof(Happened))]
    public void a_fact_that_happened_cannot_be_dated_after_today(string kind)
    {
        var fact = Dated(kind, Today.AddDays(1));

        FutureFacts.Refusal([fact], Today).ShouldBe(
            $"{FutureFacts.Describe(fact)} cannot be dated 2026-12-08: that is after today (2026-12-07 on the ledger's clock), " +
            "and the ledger records only what has happened. A meeting, its agenda and what takes effect from a set date may " +
            "be recorded ahead; attendance, votes, resolutions, declarations, ratifications, approvals, money drawn down, " +
            "reports and engagement are recorded once they have happened.");
    }

    [Theory]
    [MemberData(nameof(Happened))]
    public void a_fact_that_happened_may_be_dated_today(string kind) =>
        FutureFacts.Refusal([Dated(kind, Today)], Today).ShouldBeNull();

    [Theory]
    [MemberData(nameof(MayBePlanned))]
    public void a_planned_fact_may_be_dated_years_ahead(string kind) =>
        FutureFacts.Refusal([Dated(kind, Today.AddYears(3))], Today).ShouldBeNull();

    [Fact]
    public void the_planned_kinds_are_exactly_those_marked_so() =>
        Kinds().Where(t => typeof(IMayLieAhead).IsAssignableFrom(t)).Select(t => t.Name).Order()
            .ShouldBe(Planned.Order());

    [Fact]
    public void one_fact_dated_ahead_refuses_the_whole_command()
    {
        var facts = new[] { Dated("MeetingScheduled", Today.AddDays(30)), Dated("AttendanceRecorded", Today.AddDays(30)) };

        FutureFacts.Refusal(facts, Today).ShouldStartWith("Attendance recorded cannot be dated 2027-01-06");
    }

    [Fact]
    public void a_fact_the_sources_give_no_date_for_is_not_dated_ahead()
    {
        var fact = (ILedgerEvent)RuntimeHelpers.GetUninitializedObject(Kind("LeadershipChangeReported"));
        fact.GetType().GetProperty(nameof(ILedgerEvent.Effective))!.SetValue(fact, EffectiveDate.Undated);

        FutureFacts.Refusal([fact], Today).ShouldBeNull();
    }

    [Fact]
    public void a_fact_dated_by_its_month_is_dated_from_the_first_of_it() =>
        FutureFacts.Refusal([Dated("FootprintRated", new DateOnly(2026, 12, 1), DatePrecision.Month)], Today).ShouldBeNull();

    private static Type Kind(string name) => Kinds().Single(t => t.Name == name);

    /// <summary>A fact of the kind with only its date set: the rule reads nothing else of it.</summary>
    private static ILedgerEvent Dated(string kind, DateOnly date, DatePrecision precision = DatePrecision.Day)
    {
        var fact = (ILedgerEvent)RuntimeHelpers.GetUninitializedObject(Kind(kind));
        fact.GetType().GetProperty(nameof(ILedgerEvent.Effective))!.SetValue(fact, new EffectiveDate(date, precision));
        return fact;
    }
}
