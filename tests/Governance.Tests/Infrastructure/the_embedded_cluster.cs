using Governance.Ledger.Infrastructure.Postgres;
using Npgsql;

namespace Governance.Tests.Infrastructure;

public class the_embedded_cluster : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"governance-cluster-test-{Guid.NewGuid():N}");

    [Fact]
    public async Task keeps_its_data_when_stopped_and_started_again()
    {
        await using (var first = await PostgresCluster.StartAsync(_dataDirectory))
        {
            await first.EnsureDatabaseAsync("kept");
            await Execute(first, "create table survivor (name text); insert into survivor values ('still here')");
        }

        await using var second = await PostgresCluster.StartAsync(_dataDirectory);
        (await Scalar(second, "select name from survivor")).ShouldBe("still here");
    }

    [Fact]
    public async Task listens_on_the_loopback_address_only()
    {
        await using var cluster = await PostgresCluster.StartAsync(_dataDirectory);

        (await Scalar(cluster, "show listen_addresses", database: "postgres")).ShouldBe("127.0.0.1");
    }

    [Fact]
    public async Task refuses_to_start_while_another_process_runs_it()
    {
        await using var running = await PostgresCluster.StartAsync(_dataDirectory);

        var refused = await Should.ThrowAsync<PostgresUnavailableException>(() => PostgresCluster.StartAsync(_dataDirectory));
        refused.Message.ShouldContain("Another ledger process is already running");
        (await Scalar(running, "select 'still answering'", database: "postgres")).ShouldBe("still answering");
    }

    private static async Task Execute(PostgresCluster cluster, string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString("kept"));
        await connection.OpenAsync();
        await new NpgsqlCommand(sql, connection).ExecuteNonQueryAsync();
    }

    private static async Task<object?> Scalar(PostgresCluster cluster, string sql, string database = "kept")
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString(database));
        await connection.OpenAsync();
        return await new NpgsqlCommand(sql, connection).ExecuteScalarAsync();
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory)) Directory.Delete(_dataDirectory, recursive: true);
    }
}
