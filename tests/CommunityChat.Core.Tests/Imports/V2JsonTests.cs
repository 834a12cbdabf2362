using CommunityChat.Core.Imports;

namespace CommunityChat.Core.Tests.Imports;

/// <summary>Tweets in the v2 API form: pages with includes.users, one or several, JSON Lines (SPEC rule 15c).</summary>
public class V2JsonTests
{
    [Fact]
    public void Page_resolves_authors_from_includes_and_skips_a_tweet_whose_author_is_not_there()
    {
        var preview = ChatImport.ParseJson(SampleFile.Read("v2-page.json"));

        Assert.Equal(
        [
            "1 Question Q5 @MadalynSklar 2019-06-06 | Which tools help you lead a community on Twitter? #TwitterSmarter",
            "3 Answer A5 @genepetrov 2019-06-06 | Lists, saved searches & a shared calendar. #TwitterSmarter",
            "2 Reply - @analima 2019-06-06 | @genepetrov Lists are so underrated! #TwitterSmarter",
            "4 Answer A5 @priyanair 2019-06-06 | TweetDeck columns for the hashtag, for mentions, for the guest's replies, for the host's questions, and one more for every newcomer who says hello, so that nobody who shows up for the first time goes unanswered. It's the one habit that changed our chat the most. #TwitterSmarter",
        ], PreviewRows.Posts(preview));
        Assert.Equal(["5 UnreadableLine: A5: A paper notebook. #TwitterSmarter"], PreviewRows.Skipped(preview));
        Assert.Equal("1136702000000000302", preview.Posts[2].ReplyToSourceId);
        Assert.Equal("1136702000000000301", preview.Posts[1].ReplyToSourceId);
        Assert.Equal(new ImportedAuthor("MadalynSklar", "Madalyn Sklar 🌟"), preview.Authors[0]);
        Assert.Equal(new DateTimeOffset(2019, 6, 6, 17, 41, 0, TimeSpan.Zero), preview.Posts[1].At);
    }

    [Fact]
    public void Several_pages_in_json_lines_with_single_tweet_data_and_users_on_a_later_page_are_read_in_time_order()
    {
        var preview = ChatImport.ParseJson(SampleFile.Read("v2-lines.jsonl"));

        Assert.Equal(
        [
            "1 Question Q6 @MadalynSklar 2019-06-06 | How do you grow new leaders from within? #TwitterSmarter",
            "2 Answer A6 @genepetrov 2019-06-06 | Small jobs with real ownership. #TwitterSmarter",
            "4 Answer A6b @genepetrov 2019-06-06 | Then bigger ones. #TwitterSmarter",
            "3 Answer A6 @analima 2019-06-06 | Mentoring in public, so others see how it is done. #TwitterSmarter",
            "5 Question Q7 @MadalynSklar 2019-06-06 | How do you measure a community's health? #TwitterSmarter",
        ], PreviewRows.Posts(preview));
        Assert.Empty(preview.Skipped);
        Assert.Equal(["Q6 How do you grow new leaders from within?", "Q7 How do you measure a community's health?"],
            PreviewRows.Questions(preview));
    }

    [Fact]
    public void Retweeted_reference_is_skipped_and_a_quote_tweet_kept()
    {
        var preview = ChatImport.ParseJson(SampleFile.Read("v2-retweeted.json"));

        Assert.Equal(
        [
            "1 Question Q8 @MadalynSklar 2019-06-06 | What's one thing every community leader should do this week? #TwitterSmarter",
            "2 Answer A8 @genepetrov 2019-06-06 | Thank someone in public. #TwitterSmarter",
            "4 Comment - @priyanair 2019-06-06 | So much this 👇 #TwitterSmarter https://t.co/Qu0t3d",
        ], PreviewRows.Posts(preview));
        Assert.Equal(["3 Retweet: A8: Thank someone in public. #TwitterSmarter"], PreviewRows.Skipped(preview));
    }

    [Fact]
    public void Array_of_pages_is_read_like_several_objects()
    {
        const string Json = """
            [
              {"data":[{"id":"1","text":"Q1: one #chat","author_id":"9","created_at":"2019-06-06T17:00:00Z"}],"includes":{"users":[{"id":"9","username":"host","name":"Host"}]}},
              {"data":[{"id":"2","text":"A1: yes #chat","author_id":"9","created_at":"2019-06-06T17:01:00Z"}]}
            ]
            """;

        Assert.Equal(["Q1", "A1"], ChatImport.ParseJson(Json).Posts.Select(p => p.Label));
    }

    [Fact]
    public void Page_whose_tweets_no_user_attributes_is_missing_its_users()
    {
        const string Json = """{"data":[{"id":"1","text":"A1: x","author_id":"9","created_at":"2019-06-06T17:00:00Z"}]}""";

        var problem = Assert.Throws<ImportException>(() => ChatImport.ParseJson(Json));

        Assert.Equal(ImportProblem.MissingField, problem.Problem);
        Assert.Equal("includes.users", problem.Detail);
    }

    [Fact]
    public void Page_with_meta_and_no_data_has_no_tweets() =>
        Assert.Equal(ImportProblem.NoTweetsFound,
            Assert.Throws<ImportException>(() => ChatImport.ParseJson("""{"meta":{"result_count":0}}""")).Problem);
}
