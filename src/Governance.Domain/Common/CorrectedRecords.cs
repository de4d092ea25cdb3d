namespace Governance.Domain.Common;

/// <summary>A fact that strikes out the record of its stream, made in error: folded, there is no record any more,
/// while every event of it stays in the history.</summary>
public interface IStrikesOutRecord;

/// <summary>A fact that moves its record, and everything dated with it, from the date it was recorded on to the
/// correct one.</summary>
public interface IRedatesRecord
{
    DateOnly WasRecorded { get; }

    DateOnly Correct { get; }
}
