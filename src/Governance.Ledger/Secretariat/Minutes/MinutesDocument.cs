using System.Text;
using Governance.Domain.Boards;
using Governance.Domain.Secretariat;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Governance.Ledger.Secretariat.Minutes;

/// <summary>Everything the minutes of one meeting are written from, as recorded.</summary>
/// <param name="SeesPrivate">Written for those who may see the whole meeting, withheld register entries included.</param>
public sealed record MinutesRecord(GoverningBody Body, Meeting Meeting, StandingRegister? Register, IReadOnlyList<ActionItem> Actions,
    IReadOnlyList<ChairsAction> Ratified, long Version, bool SeesPrivate)
{
    public IReadOnlyList<ConflictFlag> Conflicts() => StandingRegister.ConflictsAt(Register, Meeting)
        .Where(c => SeesPrivate || !Register!.Find(c.EntryId)!.Withheld).ToList();
}

/// <summary>Writes the minutes (<see cref="MinutesPage"/>) to the HTML kept when they are approved: the framework's
/// renderer, with the request's services.</summary>
public static class MinutesWriter
{
    public static async Task<byte[]> WriteAsync(MinutesRecord record, IServiceProvider services)
    {
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<MinutesPage>(
            ParameterView.FromDictionary(new Dictionary<string, object?> { ["Record"] = record }))).ToHtmlString());
        return Encoding.UTF8.GetBytes(html);
    }
}
