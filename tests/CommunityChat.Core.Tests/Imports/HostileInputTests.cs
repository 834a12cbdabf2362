using System.Text;
using CommunityChat.Core.Imports;

namespace CommunityChat.Core.Tests.Imports;

/// <summary>Input that must fail fast and say why, never hang or crash (SPEC rule 15: bad input gets a 400 that says where).</summary>
public class HostileInputTests
{
    private const string Tweet = """{"id_str":"1","created_at":"Thu Jun 06 17:00:00 +0000 2019","full_text":"A1: x","user":{"screen_name":"ana","name":"Ana"}}""";

    public static TheoryData<string> Empties => ["", "   ", "\n\n\t \r\n", "\uFEFF", "\uFEFF  \n"];

    [Theory]
    [MemberData(nameof(Empties))]
    public void Empty_or_white_space_text_is_empty(string input) =>
        Assert.Equal(ImportProblem.Empty, Assert.Throws<ImportException>(() => ChatImport.ParseText(input)).Problem);

    [Theory]
    [MemberData(nameof(Empties))]
    public void Empty_or_white_space_json_is_empty(string input) =>
        Assert.Equal(ImportProblem.Empty, Assert.Throws<ImportException>(() => ChatImport.ParseJson(input)).Problem);

    [Fact]
    public void Five_megabytes_are_too_large_for_text_and_json()
    {
        var big = new string('a', 5 * 1024 * 1024);

        Assert.Equal(ImportProblem.TooLarge, Assert.Throws<ImportException>(() => ChatImport.ParseText(big)).Problem);
        Assert.Equal(ImportProblem.TooLarge, Assert.Throws<ImportException>(() => ChatImport.ParseJson(big)).Problem);
    }

    [Fact]
    public void Limit_counts_utf8_bytes_so_two_byte_characters_reach_it_sooner()
    {
        var underInChars = new string('é', (ChatImport.MaxBytes / 2) + 1);
        const string Record = "\nA1: x\n— Ana Lima (@analima) June 6, 2019";
        var exactlyAtLimit = new string('a', ChatImport.MaxBytes - Encoding.UTF8.GetByteCount(Record)) + Record;

        Assert.True(underInChars.Length < ChatImport.MaxBytes);
        Assert.Equal(ImportProblem.TooLarge, Assert.Throws<ImportException>(() => ChatImport.ParseText(underInChars)).Problem);
        Assert.Equal(ChatImport.MaxBytes, Encoding.UTF8.GetByteCount(exactlyAtLimit));
        Assert.Single(ChatImport.ParseText(exactlyAtLimit).Posts);
        Assert.Equal(ImportProblem.TooLarge, Assert.Throws<ImportException>(() => ChatImport.ParseText(exactlyAtLimit + "a")).Problem);
    }

    [Fact]
    public void Fifty_thousand_short_lines_parse_and_return()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 25_000; i++)
        {
            text.Append("A1: answer ").Append(i).Append(" #chat\n— Ana Lima (@analima) June 6, 2019\n");
        }

        var preview = ChatImport.ParseText(text.ToString());

        Assert.Equal(25_000, preview.Posts.Count);
        Assert.Equal("A1z", preview.Posts[25].Label);
    }

    [Fact]
    public void Fifty_thousand_lines_of_prose_have_no_tweets() =>
        Assert.Equal(ImportProblem.NoTweetsFound, Assert.Throws<ImportException>(
            () => ChatImport.ParseText(string.Concat(Enumerable.Repeat("a line of prose (@handle)\n", 50_000)))).Problem);

    [Fact]
    public void One_long_line_of_dashes_and_handles_returns()
    {
        var line = string.Concat(Enumerable.Repeat("— — - -- (@a) (@ (@bb) June ", 100_000));

        Assert.Equal(ImportProblem.NoTweetsFound, Assert.Throws<ImportException>(() => ChatImport.ParseText(line)).Problem);
    }

    [Fact]
    public void Binary_with_nul_bytes_is_not_text_and_says_on_which_line()
    {
        var problem = Assert.Throws<ImportException>(() => ChatImport.ParseText("PK\u0003\u0004\nabc\n\0\0\0"));

        Assert.Equal(ImportProblem.NotText, problem.Problem);
        Assert.Equal(3, problem.Line);
    }

    [Fact]
    public void Mostly_control_characters_are_not_text()
    {
        var bytes = new byte[4096];
        new Random(15).NextBytes(bytes);
        bytes.AsSpan().Replace((byte)0, (byte)1);
        var decoded = Encoding.UTF8.GetString(bytes);

        Assert.Equal(ImportProblem.NotText, Assert.Throws<ImportException>(() => ChatImport.ParseText(decoded)).Problem);
        Assert.Equal(ImportProblem.NotText, Assert.Throws<ImportException>(() => ChatImport.ParseJson(decoded)).Problem);
    }

    [Fact]
    public void Broken_json_document_says_the_line_of_the_error()
    {
        var json = "[\n" + Tweet + ",\n{\"id_str\": \"2\",, }\n]";

        var problem = Assert.Throws<ImportException>(() => ChatImport.ParseJson(json));

        Assert.Equal(ImportProblem.BrokenJson, problem.Problem);
        Assert.Equal(3, problem.Line);
        Assert.Equal("{\"id_str\": \"2\",, }", problem.Detail);
        Assert.Contains("line 3", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_of_which_none_is_readable_are_broken_json() =>
        Assert.Equal(ImportProblem.BrokenJson,
            Assert.Throws<ImportException>(() => ChatImport.ParseJson("{oops\n{still oops\n{nope")).Problem);

    [Fact]
    public void Plain_text_sent_as_json_is_broken_json_at_line_one()
    {
        var problem = Assert.Throws<ImportException>(() => ChatImport.ParseJson("A1: x\n— Ana Lima (@analima) June 6, 2019"));

        Assert.Equal(ImportProblem.BrokenJson, problem.Problem);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void Deeply_nested_json_is_broken_not_a_crash() =>
        Assert.Equal(ImportProblem.BrokenJson, Assert.Throws<ImportException>(
            () => ChatImport.ParseJson(new string('[', 100_000) + new string(']', 100_000))).Problem);

    [Theory]
    [InlineData("42")]
    [InlineData("\"tweets\"")]
    [InlineData("{\"hello\": \"world\"}")]
    [InlineData("[1, 2, 3]")]
    [InlineData("[{\"hello\": 1}]")]
    [InlineData("[[{\"full_text\": \"nested too deep\"}]]")]
    public void Valid_json_in_no_tweet_form_is_the_wrong_shape(string json) =>
        Assert.Equal(ImportProblem.WrongShape, Assert.Throws<ImportException>(() => ChatImport.ParseJson(json)).Problem);

    [Fact]
    public void Json_lines_that_are_all_valid_but_no_tweets_are_the_wrong_shape() =>
        Assert.Equal(ImportProblem.WrongShape,
            Assert.Throws<ImportException>(() => ChatImport.ParseJson("{\"a\":1}\n{\"b\":2}\n")).Problem);

    [Theory]
    [InlineData("[]")]
    [InlineData("{\"statuses\": []}")]
    [InlineData("{\"data\": []}")]
    [InlineData("{\"data\": null, \"meta\": {\"result_count\": 0}}")]
    public void Valid_json_without_tweets_has_no_tweets_found(string json) =>
        Assert.Equal(ImportProblem.NoTweetsFound, Assert.Throws<ImportException>(() => ChatImport.ParseJson(json)).Problem);

    [Fact]
    public void Json_of_nothing_but_retweets_has_no_tweets_found()
    {
        const string Json = """[{"id_str":"1","created_at":"Thu Jun 06 17:00:00 +0000 2019","full_text":"RT @ana: x","user":{"screen_name":"bob","name":"Bob"}}]""";

        Assert.Equal(ImportProblem.NoTweetsFound, Assert.Throws<ImportException>(() => ChatImport.ParseJson(Json)).Problem);
    }

    [Theory]
    [InlineData("""[{"id_str":"1","created_at":"Thu Jun 06 17:00:00 +0000 2019","full_text":"x"}]""", "user")]
    [InlineData("""[{"id_str":"1","created_at":"Thu Jun 06 17:00:00 +0000 2019","full_text":"x","user":null}]""", "user")]
    [InlineData("""[{"id_str":"1","created_at":"Thu Jun 06 17:00:00 +0000 2019","full_text":"x","user":"ana"}]""", "user")]
    [InlineData("""[{"id_str":"1","created_at":"Thu Jun 06 17:00:00 +0000 2019","full_text":"x","user":{"name":"Ana"}}]""", "user.screen_name")]
    [InlineData("""[{"id_str":"1","created_at":"Thu Jun 06 17:00:00 +0000 2019","full_text":"x","user":{"screen_name":"a.b","name":"Ana"}}]""", "user.screen_name")]
    [InlineData("""[{"id_str":"1","created_at":"Thu Jun 06 17:00:00 +0000 2019","full_text":"x","user":{"screen_name":"ana","name":7}}]""", "user.name")]
    [InlineData("""[{"id_str":"1","created_at":"Thu Jun 06 17:00:00 +0000 2019","full_text":42,"user":{"screen_name":"ana"}}]""", "full_text")]
    [InlineData("""[{"id_str":"1","created_at":"Thu Jun 06 17:00:00 +0000 2019","user":{"screen_name":"ana"}}]""", "text")]
    [InlineData("""[{"id_str":"1","full_text":"x","user":{"screen_name":"ana"}}]""", "created_at")]
    [InlineData("""[{"id_str":"1","created_at":"yesterday","full_text":"x","user":{"screen_name":"ana"}}]""", "created_at")]
    [InlineData("""[{"id_str":{"a":1},"created_at":"Thu Jun 06 17:00:00 +0000 2019","full_text":"x","user":{"screen_name":"ana"}}]""", "id_str")]
    [InlineData("""{"statuses": 5}""", "statuses")]
    [InlineData("""{"data": 5}""", "data")]
    [InlineData("""{"data": "tweets"}""", "data")]
    [InlineData("""{"data": [{"id":"1","author_id":"9","created_at":"2019-06-06T17:00:00Z"}], "includes": {"users": [{"id":"9","username":"a"}]}}""", "text")]
    [InlineData("""{"data": [{"id":"1","text":"x","created_at":"2019-06-06T17:00:00Z"}], "includes": {"users": []}}""", "author_id")]
    [InlineData("""{"data": [{"id":"1","text":"x","author_id":"9","created_at":"2019-06-06T17:00:00Z"}], "includes": {"users": 5}}""", "includes.users")]
    [InlineData("""{"data": [{"id":"1","text":"x","author_id":"9","created_at":"2019-06-06T17:00:00Z"}], "includes": {"users": [{"id":"9"}]}}""", "includes.users.username")]
    [InlineData("""{"data": [{"id":"1","text":"x","author_id":"9","created_at":"2019-06-06T17:00:00Z","referenced_tweets":"rt"}]}""", "referenced_tweets")]
    public void Missing_or_mistyped_field_stops_the_import_and_names_its_path(string json, string path)
    {
        var problem = Assert.Throws<ImportException>(() => ChatImport.ParseJson(json));

        Assert.Equal(ImportProblem.MissingField, problem.Problem);
        Assert.Equal(path, problem.Detail);
    }

    [Fact]
    public void Missing_field_says_which_item()
    {
        var json = $"[{Tweet},{Tweet.Replace("\"id_str\":\"1\"", "\"id_str\":\"2\"", StringComparison.Ordinal).Replace("\"user\":{\"screen_name\":\"ana\",\"name\":\"Ana\"}", "\"user\":{}", StringComparison.Ordinal)}]";

        var problem = Assert.Throws<ImportException>(() => ChatImport.ParseJson(json));

        Assert.Equal(2, problem.Line);
        Assert.Equal("user.screen_name", problem.Detail);
        Assert.Contains("item 2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_input_is_a_programming_error_not_an_import_problem()
    {
        Assert.Throws<ArgumentNullException>(() => ChatImport.ParseText(null!));
        Assert.Throws<ArgumentNullException>(() => ChatImport.ParseJson(null!));
    }
}
