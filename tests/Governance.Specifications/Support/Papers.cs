namespace Governance.Specifications.Support;

/// <summary>The dates and provenance specifications write with: a secretary recording from the minutes.</summary>
public static class Papers
{
    public static readonly Provenance Minutes = new("secretary@example.nhs.uk", null, new SourceDocument("Board minutes"));

    public static EffectiveDate On(int year, int month, int day) => EffectiveDate.OnDay(new DateOnly(year, month, day));

    public static DateOnly Day(int year, int month, int day) => new(year, month, day);
}
