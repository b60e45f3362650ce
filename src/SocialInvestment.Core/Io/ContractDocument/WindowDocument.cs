using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace SocialInvestment.Io;

/// <summary>The <c>window</c> of contract.json: where each participant's observation window starts, and how many weeks it has.</summary>
internal sealed class WindowDocument
{
    [JsonPropertyName("from")]
    [Description("start: the window starts on the programme start; end: on the day after the programme end.")]
    [DefaultValue("start")]
    public WindowFrom? From { get; init; }

    [JsonPropertyName("weeks")]
    [Description("The window's length in weeks; week k is days 7k … 7k + 6 from the window's start.")]
    [Range(1, ObservationWindow.MaxWeeks)]
    public required int Weeks { get; init; }
}
