using System.Globalization;
using System.Text;

namespace SocialInvestment.Io;

/// <summary>
/// Builds the JSON paths that errors name: <c>name</c>, <c>window.weeks</c>, <c>triggers[2].weeks</c>,
/// <c>benefits["a code"]</c>. The empty path is the document itself. The position map and the readers build paths with
/// these same functions, so a path found by one is found by the other.
/// </summary>
internal static class JsonPath
{
    /// <summary>The path of the document itself.</summary>
    internal const string Root = "";

    /// <summary>
    /// The path of property <paramref name="name"/> of the object at <paramref name="parent"/>. Messages show paths, so a
    /// name is shown as a found value is (<see cref="JsonFoundValue.Shown"/>): a long name is cut and a CPR-like one
    /// masked.
    /// </summary>
    internal static string Property(string parent, string name)
    {
        string shown = JsonFoundValue.Shown(name);
        if (IsPlainName(shown))
        {
            return parent.Length == 0 ? shown : parent + "." + shown;
        }

        return parent + "[" + Quote(shown) + "]";
    }

    /// <summary>The path of element <paramref name="index"/> (0-based) of the array at <paramref name="parent"/>.</summary>
    internal static string Index(string parent, int index) =>
        parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>A string in double quotes, with <c>"</c>, <c>\</c> and control characters escaped as JSON does.</summary>
    internal static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case < ' ':
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '_' and not '-' and not '$')
            {
                return false;
            }
        }

        return true;
    }
}
