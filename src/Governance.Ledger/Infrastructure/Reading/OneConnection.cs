namespace Governance.Ledger.Infrastructure.Reading;

/// <summary>Wolverine middleware on every read through the gate, after its clocks are checked: opens the request's one
/// connection without blocking a thread, before anything reads.</summary>
public static class OneConnection
{
    public static ValueTask Before(RecordReader record, CancellationToken cancellation) => record.ConnectAsync(cancellation);
}
