using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Governance.Ledger.Dashboard.Components;

/// <summary>An SVG <c>text</c> element. Razor reserves the <c>&lt;text&gt;</c> tag for itself, so the charts write
/// theirs through this component; the framework still encodes the words.</summary>
public sealed class SvgText : ComponentBase
{
    [Parameter, EditorRequired] public double X { get; set; }
    [Parameter, EditorRequired] public double Y { get; set; }
    [Parameter] public string? Class { get; set; } = "axis";
    [Parameter, EditorRequired] public string Text { get; set; } = "";

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "text");
        builder.AddAttribute(1, "class", Class);
        builder.AddAttribute(2, "x", ChartFrame.F(X));
        builder.AddAttribute(3, "y", ChartFrame.F(Y));
        builder.AddContent(4, Text);
        builder.CloseElement();
    }
}
