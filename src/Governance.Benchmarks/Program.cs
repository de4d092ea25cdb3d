using Governance.Benchmarks;

switch (args.FirstOrDefault())
{
    case "audit":
        await AuditBenchmark.RunAsync(Console.Out);
        return 0;
    case "plans":
        await PlanBenchmark.RunAsync(Console.Out);
        return 0;
    case "writes":
        await WriteBenchmark.RunAsync(Console.Out);
        return 0;
    case "dashboard":
        await DashboardBenchmark.RunAsync(Console.Out);
        return 0;
    default:
        Console.WriteLine("usage: ops/bench.sh audit|plans|writes|dashboard");
        return 2;
}
