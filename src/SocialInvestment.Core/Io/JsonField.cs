using System.Text.Json;

namespace SocialInvestment.Io;

/// <summary>A value found in a JSON document, with its path.</summary>
/// <param name="Value">The value.</param>
/// <param name="Path">Its JSON path, as errors name it.</param>
internal readonly record struct JsonField(JsonElement Value, string Path);
