using System.Reflection;
using System.Xml.Linq;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Governance.Ledger.Infrastructure.Http;

/// <summary>
/// Fills the OpenAPI description from the code: each operation's summary from the endpoint method's XML
/// documentation (for a write, from its command's), and its tag from the slice it lives in (Footprints, Boards,
/// Plans, Audit, Dashboard). Wolverine would otherwise name them after their routes.
/// </summary>
public sealed class EndpointDocumentation : IOpenApiOperationTransformer
{
    private static readonly IReadOnlyDictionary<string, MethodInfo> EndpointsByOperation = typeof(Program).Assembly
        .GetTypes()
        .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static))
        .Select(method => (Method: method, Id: OperationId(method)))
        .Where(x => x.Id is not null)
        .ToDictionary(x => x.Id!, x => x.Method);

    private static readonly IReadOnlyDictionary<string, string> Summaries = LoadSummaries();

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context,
        CancellationToken cancellationToken)
    {
        if (operation.OperationId is null || !EndpointsByOperation.TryGetValue(operation.OperationId, out var method))
            return Task.CompletedTask;

        var slice = method.DeclaringType!.Namespace!.Split('.').Last();
        operation.Tags = new HashSet<OpenApiTagReference> { new(slice) };
        var documented = new[] { $"M:{method.DeclaringType.FullName}.{method.Name}" }
            .Concat(method.GetParameters().Select(parameter => $"T:{parameter.ParameterType.FullName}"));
        if (documented.Select(name => Summaries.GetValueOrDefault(name)).FirstOrDefault(s => s is not null) is { } summary)
        {
            operation.Summary = summary.Split(". ")[0].Split(": ")[0].TrimEnd('.');
            operation.Description = summary;
        }

        return Task.CompletedTask;
    }

    private static string? OperationId(MethodInfo method) =>
        method.GetCustomAttributes().Select(a => a.GetType().GetProperty("OperationId")?.GetValue(a) as string)
            .FirstOrDefault(id => id is not null);

    private static IReadOnlyDictionary<string, string> LoadSummaries()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Governance.Ledger.xml");
        if (!File.Exists(file)) return new Dictionary<string, string>();
        return XDocument.Load(file).Descendants("member")
            .Where(m => m.Attribute("name")!.Value[..2] is "M:" or "T:")
            .Select(m => (Name: m.Attribute("name")!.Value.Split('(')[0], Summary: m.Element("summary")))
            .Where(m => m.Summary is not null)
            .GroupBy(m => m.Name)
            .ToDictionary(g => g.Key, g => string.Join(' ', string.Concat(g.First().Summary!.Nodes().Select(Text))
                .Split(default(char[]), StringSplitOptions.RemoveEmptyEntries)));
    }

    private static string Text(XNode node) => node switch
    {
        XText text => text.Value,
        XElement { Name.LocalName: "c" } code => code.Value,
        XElement element => element.Attribute("cref")?.Value.Split('.').Last() ?? element.Value,
        _ => "",
    };
}
