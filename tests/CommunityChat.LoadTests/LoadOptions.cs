using System.Globalization;

namespace CommunityChat.LoadTests;

/// <param name="Burst">When above 0: each participant answers once, at a random moment within this many seconds.</param>
/// <param name="Likes">When above 0: every participant likes one answer, each at a random moment within this many seconds.</param>
internal sealed record LoadOptions(string Url, int Participants, int Posts, int Readers, int Burst, int Likes)
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
        return new LoadOptions(url.EndsWith('/') ? url : url + "/", Number("--participants", 20), Number("--posts", 25), Number("--readers", 50),
            Number("--burst", 0), Number("--likes", 0));
    }
}
