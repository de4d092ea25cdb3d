using Governance.Benchmarks;

switch (args.FirstOrDefault())
{
    case "audit":
        await AuditBenchmark.RunAsync(Console.Out);
        return 0;
    default:
        Console.WriteLine("usage: ops/bench.sh audit");
        return 2;
}
