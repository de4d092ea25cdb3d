using Governance.Ledger.Infrastructure.Postgres;
using Npgsql;

namespace Governance.Tests.Infrastructure;

public class a_database_in_trouble
{
    private static PostgresException Refusal(string sqlState) => new("refused", "FATAL", "FATAL", sqlState);

    [Theory]
    [InlineData("53300")] // too many clients: every connection the server allows is taken
    [InlineData("57P01")] // the server is shutting down
    [InlineData("08006")] // the connection failed
    public void is_a_moments_trouble_answered_503_not_a_refusal_of_the_request(string sqlState) =>
        DatabaseOutage.IsUnreachable(new InvalidOperationException("wrapped", Refusal(sqlState))).ShouldBeTrue();

    [Theory]
    [InlineData("23505")] // a unique key: the request itself was refused
    [InlineData("22P05")] // a character PostgreSQL cannot store
    public void refusing_what_was_sent_is_not_an_outage(string sqlState) =>
        DatabaseOutage.IsUnreachable(Refusal(sqlState)).ShouldBeFalse();
}
