using System.Globalization;

namespace CommunityChat.LoadTests;

internal sealed record LoadOptions(string Url, int Participants, int Posts, int Readers)
{
    public static LoadOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }

        int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        var url = Value("--url", "http://127.0.0.1:5080");
        return new LoadOptions(url.EndsWith('/') ? url : url + "/", Number("--participants", 20), Number("--posts", 25), Number("--readers", 50));
    }
}
