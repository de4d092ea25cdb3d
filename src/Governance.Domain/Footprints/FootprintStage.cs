namespace Governance.Domain.Footprints;

/// <summary>Where a footprint stood on the road from plan to statutory body.</summary>
public enum FootprintStage
{
    /// <summary>A Sustainability and Transformation Plan footprint (2016).</summary>
    SustainabilityAndTransformationPlan,

    /// <summary>A partnership with its own board, after Next Steps on the Five Year Forward View (2017).</summary>
    Partnership,

    /// <summary>Designated an accountable (from 2018 "integrated") care system.</summary>
    IntegratedCareSystem,

    /// <summary>A statutory integrated care board (from 1 July 2022).</summary>
    IntegratedCareBoard,
}
