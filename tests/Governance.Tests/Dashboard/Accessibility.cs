using System.Text.Json;
using Microsoft.Playwright;

namespace Governance.Tests.Dashboard;

/// <summary>Runs axe-core (installed from npm by ops/test.sh into .tools/) on the page in the browser, against WCAG
/// 2.0 and 2.1 at levels A and AA, colour contrast included. It is evaluated through the browser's debugging protocol,
/// so the page's own content security policy stays in force for everything else.</summary>
public static class Accessibility
{
    private static readonly Lazy<string> Axe = new(() => File.ReadAllText(Locate()));

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.EvaluateAsync($"() => {{ {Axe.Value}\n }}");
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return result.violations.map(v => `${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join('; ')}`);
            }
            """);
        return violations.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    private static string Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (!File.Exists(Path.Combine(folder.FullName, "Governance.sln"))) continue;
            var axe = Path.Combine(folder.FullName, ".tools", "node_modules", "axe-core", "axe.min.js");
            return File.Exists(axe) ? axe : throw new FileNotFoundException($"axe-core is not installed at {axe}: run ops/test.sh (or npm install --prefix .tools axe-core).");
        }

        throw new DirectoryNotFoundException("The repository's root (Governance.sln) is not above the tests.");
    }
}
