using System.Text.RegularExpressions;
using System.Xml.Linq;
using CommunityChat.Core.Posts;
using CommunityChat.Web.Base.Live;
using CommunityChat.Web.Data;

namespace CommunityChat.Web.Tests.Localization;

/// <summary>
/// Every user-visible string is a key of <c>IStringLocalizer&lt;SharedResource&gt;</c>, and the key is the English text.
/// These tests collect the keys the way a reader would (t["…"] in C#, T["…"] in Razor, the scripts' list, the enum
/// names shown as badges) and check that each interface language translates all of them, placeholders intact.
/// </summary>
public sealed partial class TranslationCompletenessTests
{
    private static readonly string[] Cultures = ["fr", "zh-Hans"];

    /// <summary>t["…"] or T["…"]: the first argument of a localizer call, as a C# string literal.</summary>
    [GeneratedRegex(@"\b[tT]\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LocalizerCall();

    /// <summary>t("…") in the scripts.</summary>
    [GeneratedRegex(@"\bt\(""((?:[^""\\]|\\.)*)""")]
    private static partial Regex ScriptCall();

    /// <summary>A composite-format placeholder: {0}, {1:u}, {2,5}.</summary>
    [GeneratedRegex(@"\{\d+(?:[,:][^{}]*)?\}")]
    private static partial Regex Placeholder();

    [Fact]
    public void Every_key_has_a_translation_in_every_language()
    {
        var keys = CollectKeys();
        var problems = new List<string>();
        foreach (var culture in Cultures)
        {
            var translations = LoadTranslations(culture);
            var missing = keys.Where(key => !translations.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value)).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"{culture} lacks {missing.Count} translation(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", missing));
            }
        }

        if (problems.Count > 0)
        {
            Assert.Fail(string.Join(Environment.NewLine, problems));
        }
    }

    [Fact]
    public void Every_translation_keeps_the_placeholders_of_its_key()
    {
        var problems = new List<string>();
        foreach (var culture in Cultures)
        {
            foreach (var (key, value) in LoadTranslations(culture))
            {
                if (!PlaceholdersOf(key).SequenceEqual(PlaceholdersOf(value)))
                {
                    problems.Add($"{culture}: \"{key}\" → \"{value}\"");
                }
            }
        }

        if (problems.Count > 0)
        {
            Assert.Fail("Placeholders differ from the key:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }
    }

    [Fact]
    public void The_scripts_strings_are_listed_once_each()
    {
        // A key listed twice made every room page a 500 (ClientStrings.For builds a dictionary).
        var twice = ClientStrings.Keys.GroupBy(key => key, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(twice);
    }

    [Fact]
    public void The_scripts_get_every_string_they_show_and_no_other()
    {
        var scripts = Path.Combine(FindRepositoryRoot(), "src", "CommunityChat.Web", "wwwroot", "js");
        var asked = Directory.EnumerateFiles(scripts, "*.js")
            .SelectMany(path => ScriptCall().Matches(File.ReadAllText(path)).Select(match => match.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        // statusName() and roleName() in the scripts look enum names up at run time.
        asked.UnionWith(Enum.GetNames<ChatStatus>());
        asked.UnionWith(Enum.GetNames<AuthorRole>());

        var given = ClientStrings.Keys.ToHashSet(StringComparer.Ordinal);
        Assert.Empty(asked.Except(given).Order(StringComparer.Ordinal));
        Assert.Empty(given.Except(asked).Order(StringComparer.Ordinal));
    }

    /// <summary>Every key the app can ask for, sorted.</summary>
    private static SortedSet<string> CollectKeys()
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        var web = Path.Combine(FindRepositoryRoot(), "src", "CommunityChat.Web");
        var sources = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(path => !IsBuildOutput(web, path));
        foreach (var path in sources)
        {
            foreach (Match match in LocalizerCall().Matches(File.ReadAllText(path)))
            {
                keys.Add(match.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal));
            }
        }

        // The scripts' strings, and the enum names views show with T[value.ToString()].
        keys.UnionWith(ClientStrings.Keys);
        keys.UnionWith(Enum.GetNames<ChatStatus>());
        keys.UnionWith(Enum.GetNames<AuthorRole>());
        return keys;
    }

    private static bool IsBuildOutput(string projectDirectory, string path)
    {
        var first = Path.GetRelativePath(projectDirectory, path).Split(Path.DirectorySeparatorChar)[0];
        return first is "bin" or "obj";
    }

    /// <summary>SharedResource.{culture}.resx as key → value.</summary>
    private static Dictionary<string, string> LoadTranslations(string culture)
    {
        var path = Path.Combine(FindRepositoryRoot(), "src", "CommunityChat.Web", "Resources", $"SharedResource.{culture}.resx");
        Assert.True(File.Exists(path), $"Missing resource file {path}");
        return XDocument.Load(path).Root!
            .Elements("data")
            .ToDictionary(
                data => (string)data.Attribute("name")!,
                data => (string?)data.Element("value") ?? string.Empty,
                StringComparer.Ordinal);
    }

    private static List<string> PlaceholdersOf(string text) =>
        Placeholder().Matches(text).Select(match => match.Value).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The folder holding CommunityChat.sln, found by walking up from the test's output folder.</summary>
    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CommunityChat.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No CommunityChat.sln above {AppContext.BaseDirectory}.");
    }
}
