namespace SocialInvestment.Io;

/// <summary>
/// Collects the errors found in one JSON file, each placed by the JSON path it names:
/// <c>file:line:column: path: message</c>. <see cref="ToList"/> gives them in file order, at most
/// <see cref="ReadResult.MaxErrors"/>.
/// </summary>
internal sealed class JsonErrorSink(string fileName, JsonPositions positions)
{
    private readonly List<(JsonTextPosition At, InputError Error)> _errors = [];

    /// <summary>The number of errors so far.</summary>
    internal int Count => _errors.Count;

    /// <summary>An error about the value at <paramref name="path"/>, placed where the value starts.</summary>
    internal void AtValue(string path, string message) => Add(positions.ValueAt(path), path, message);

    /// <summary>An error about the property <paramref name="path"/> itself (unknown or repeated), placed at its name.</summary>
    internal void AtName(string path, string message) => Add(positions.NameAt(path), path, message);

    /// <summary>An error about the value at <paramref name="path"/>, placed at <paramref name="at"/> (a repeated name, whose place the path alone does not tell).</summary>
    internal void At(JsonTextPosition at, string path, string message) => Add(at, path, message);

    /// <summary>An error about a field that is missing, placed where the object that should hold it starts.</summary>
    internal void Missing(string objectPath, string fieldPath, string message) => Add(positions.ValueAt(objectPath), fieldPath, message);

    /// <summary>The errors in file order (by line, then column; ties in the order found), at most <see cref="ReadResult.MaxErrors"/>.</summary>
    internal List<InputError> ToList() =>
        _errors.OrderBy(e => e.At.Line).ThenBy(e => e.At.Column).Take(ReadResult.MaxErrors).Select(e => e.Error).ToList();

    private void Add(JsonTextPosition at, string path, string message)
    {
        string text = path.Length == 0 ? message : path + ": " + message;
        _errors.Add((at, new InputError(fileName, at.Line, at.Column, text)));
    }
}
