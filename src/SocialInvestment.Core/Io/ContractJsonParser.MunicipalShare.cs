using System.Text.Json;

namespace SocialInvestment.Io;

/// <summary>The municipality's share of a saving (SPEC-DK DK5; docs/calculation.md, "The municipality's share").</summary>
internal sealed partial class ContractJsonParser
{
    internal static readonly string[] MunicipalShareFields = ContractFormatTable.MunicipalShareFields;
    internal static readonly string[] MunicipalShareStepFields = ContractFormatTable.MunicipalShareStepFields;

    /// <summary>What <c>"of"</c> of a share_of_savings payment may say.</summary>
    internal static readonly (string, SavingsBase)[] SavingsBases = [("gross", SavingsBase.Gross), ("municipality", SavingsBase.Municipality)];

    private const string Dk2016 = "dk_2016";

    private static readonly DocumentRange StepShare = DocumentRange.Of(ContractFormatTable.MunicipalShareStepShare, "a share");
    private static readonly DocumentRange StepFromWeek = DocumentRange.Of(ContractFormatTable.MunicipalShareStepFromWeek);
    private static readonly DocumentRange ResetAfterWeeks = DocumentRange.Of(ContractFormatTable.MunicipalShareResetAfterWeeks);
    private static readonly DocumentRange ResetWithinWeeks = DocumentRange.Of(ContractFormatTable.MunicipalShareResetWithinWeeks);

    /// <summary><c>municipal_share</c>: a number in [0, 1], <c>"dk_2016"</c>, or the staircase written out; null where absent or wrong (with errors).</summary>
    private MunicipalShare? MunicipalShareOf(JsonField? field)
    {
        if (field is not { } f)
        {
            return null;
        }

        switch (f.Value.ValueKind)
        {
            case JsonValueKind.Number:
                return JsonValues.Number(f, errors, StepShare) is { } constant ? MunicipalShare.Constant(Share.FromDecimal(constant)) : null;
            case JsonValueKind.String when f.Value.GetString() == Dk2016:
                return MunicipalShare.Dk2016;
            case JsonValueKind.Object:
                return Staircase(JsonObjectFields.Open(f, errors)!);
            default:
                errors.AtValue(f.Path, JsonValues.Expected($"a share from 0 to 1, \"{Dk2016}\", or an object with steps", f.Value));
                return null;
        }
    }

    private MunicipalShare? Staircase(JsonObjectFields staircase)
    {
        staircase.AllowOnly(MunicipalShareFields, "municipal_share");
        int? after = staircase.Has("reset_after_weeks")
            ? JsonValues.WholeNumber(staircase.Optional("reset_after_weeks"), errors, ResetAfterWeeks)
            : MunicipalShare.DefaultResetAfterWeeks;
        int? within = staircase.Has("reset_within_weeks")
            ? JsonValues.WholeNumber(staircase.Optional("reset_within_weeks"), errors, ResetWithinWeeks)
            : MunicipalShare.DefaultResetWithinWeeks;
        if (after is { } a && within is { } w && w < a)
        {
            // Two fields together are wrong: the message is at their object and names both.
            errors.AtValue(staircase.Path, $"expected reset_within_weeks at least reset_after_weeks, found {w} < {a}");
            within = null;
        }

        List<MunicipalShareStep>? steps = staircase.Required("steps") is { } stepsField ? Steps(stepsField) : null;
        return steps is not null && after is { } resetAfter && within is { } resetWithin
            ? new MunicipalShare(steps, resetAfter, resetWithin)
            : null;
    }

    /// <summary>The steps: <c>from_week</c> starts at 1 and strictly increases, each share in [0, 1].</summary>
    private List<MunicipalShareStep>? Steps(JsonField field)
    {
        List<JsonObjectFields>? items = Objects(field, "an array of steps, at least one", "a step object");
        if (items is null)
        {
            return null;
        }

        var steps = new List<MunicipalShareStep>();
        bool ok = true;
        foreach (JsonObjectFields step in items)
        {
            step.AllowOnly(MunicipalShareStepFields, "a step");
            int? fromWeek = JsonValues.WholeNumber(step.Required("from_week"), errors, StepFromWeek);
            decimal? share = JsonValues.Number(step.Required("share"), errors, StepShare);
            if (fromWeek is { } week)
            {
                int expected = steps.Count == 0 ? 1 : steps[^1].FromWeek + 1;
                if (steps.Count == 0 ? week != 1 : week < expected)
                {
                    // The order of the steps is wrong, not the number alone: the message is at the step and names the field.
                    string rule = steps.Count == 0 ? "1 (the first step starts at week 1)" : $"at least {expected} (after the step before)";
                    errors.AtValue(step.Path, $"expected from_week {rule}, found {week}");
                    ok = false;
                }
            }

            if (ok && fromWeek is { } from && share is { } s)
            {
                steps.Add(new MunicipalShareStep(from, Share.FromDecimal(s)));
            }
            else
            {
                ok = false;
            }
        }

        return ok ? steps : null;
    }
}
