using CommunityChat.Core.Imports;
using CommunityChat.Core.Posts;

namespace CommunityChat.Core.Tests.Imports;

/// <summary>Tweets in the classic API form: an array, a search response, JSON Lines (SPEC rule 15b).</summary>
public class ClassicJsonTests
{
    [Fact]
    public void Array_of_tweets_becomes_posts_with_ids_times_replies_and_whole_texts()
    {
        var preview = ChatImport.ParseJson(SampleFile.Read("classic-array.json"));

        Assert.Equal(
        [
            "1 Question Q1 @MadalynSklar 2019-06-06 | What does leadership look like in a social media community? #TwitterSmarter",
            "2 Answer A1a @genepetrov 2019-06-06 | Leadership is serving, not steering. #TwitterSmarter",
            "3 Answer A1b @genepetrov 2019-06-06 | It also means showing up every week, which is harder than it sounds when life gets busy, the kids are sick and the laptop is broken. Consistency is the whole game, and people notice who keeps coming back. #TwitterSmarter",
            "4 Reply - @analima 2019-06-06 | @genepetrov So true & so rarely done. #TwitterSmarter",
            "5 Answer A1 @priyanair 2019-06-06 | Leaders listen > leaders talk. #TwitterSmarter",
            "6 Question Q2 @MadalynSklar 2019-06-06 | How do you set the tone for a new community? #TwitterSmarter",
            "7 Answer A2 @genepetrov 2019-06-06 | Write the rules down before the first member arrives. #TwitterSmarter",
            "8 Comment - @ruicosta 2019-06-06 | Hello from Lisbon! First time here 👋 #TwitterSmarter",
        ], PreviewRows.Posts(preview));

        var reply = preview.Posts[3];
        Assert.Equal("1136699000000000004", reply.SourceId);
        Assert.Equal("1136699000000000002", reply.ReplyToSourceId);
        Assert.Equal(new DateTimeOffset(2019, 6, 6, 17, 4, 30, TimeSpan.Zero), reply.At);
        Assert.Equal("1136699000000000001", preview.Posts[4].ReplyToSourceId);
        Assert.Equal(new ImportedAuthor("analima", "Ana Lima 🇧🇷"), reply.Author);
        Assert.Equal("MadalynSklar", preview.HostHandle);
        Assert.Null(preview.GuestHandle);
        Assert.Equal(ImportCard.None, preview.Card);
        Assert.Empty(preview.Skipped);
    }

    [Fact]
    public void Search_response_is_put_in_time_order_without_retweets_or_the_repeated_tweet()
    {
        var preview = ChatImport.ParseJson(SampleFile.Read("classic-search.json"));

        Assert.Equal(
        [
            "4 Question Q3 @MadalynSklar 2019-06-06 | What mistakes do community leaders make most often? #TwitterSmarter",
            "3 Answer A3 @genepetrov 2019-06-06 | Trying to answer every question alone. #TwitterSmarter",
        ], PreviewRows.Posts(preview));
        Assert.Equal(
        [
            "1 Retweet: RT @MadalynSklar: Q3: What mistakes do community leaders make most often? #Twit…",
            "2 Retweet: RT @genepetrov: A3: Trying to answer every question alone. #TwitterSmarter",
            "5 DuplicateTweet: A3: Trying to answer every question alone. #TwitterSmarter",
        ], PreviewRows.Skipped(preview));
    }

    [Fact]
    public void Json_lines_skip_the_broken_line_keep_an_orphan_reply_as_a_comment_and_decode_entities_once()
    {
        var preview = ChatImport.ParseJson(SampleFile.Read("classic-lines.jsonl"));

        Assert.Equal(
        [
            "2 Question Q4 @MadalynSklar 2019-06-06 | How do you handle conflict between members? #TwitterSmarter",
            "1 Answer A4 @genepetrov 2019-06-06 | Privately first, publicly only if the rules were broken in public. #TwitterSmarter",
            "4 Comment - @ruicosta 2019-06-06 | @someone I disagree &lt;strongly&gt; & here is why #TwitterSmarter",
            "6 Answer A4 @priyanair 2019-06-06 | Talk to both sides & listen before you act. #TwitterSmarter",
        ], PreviewRows.Posts(preview));
        Assert.Equal(
        [
            "3 Retweet: RT @genepetrov: A4: Privately first, publicly only if the rules were broken in …",
            "5 DuplicateTweet: A4: Privately first, publicly only if the rules were broken in public. #Twitter…",
            "6 UnreadableLine: {\"id_str\":\"1136701000000000204\",\"created_at\":\"Thu Jun 06 17:32:30 +0000 2019\",\"…",
        ], PreviewRows.Skipped(preview));
        Assert.Null(preview.Posts[2].ReplyToSourceId);
        Assert.Equal("1136701000000000200", preview.Posts[1].ReplyToSourceId);
    }

    [Fact]
    public void Full_text_wins_over_text()
    {
        const string Json = """[{"id_str":"1","created_at":"Thu Jun 06 17:00:00 +0000 2019","text":"short","full_text":"long","user":{"screen_name":"ana","name":"Ana"}}]""";

        Assert.Equal("long", ChatImport.ParseJson(Json).Posts.Single().Text);
    }

    [Fact]
    public void Reply_to_a_duplicate_lands_on_the_copy_that_was_kept()
    {
        const string Json = """
            [
              {"id_str":"1","created_at":"Thu Jun 06 17:00:00 +0000 2019","full_text":"Hello #chat","user":{"screen_name":"ana","name":"Ana"}},
              {"id_str":"2","created_at":"Thu Jun 06 17:00:01 +0000 2019","full_text":"Hello #chat","user":{"screen_name":"ana","name":"Ana"}},
              {"id_str":"3","created_at":"Thu Jun 06 17:01:00 +0000 2019","full_text":"Hi Ana","in_reply_to_status_id_str":"2","user":{"screen_name":"bob","name":"Bob"}}
            ]
            """;

        var reply = ChatImport.ParseJson(Json).Posts[1];

        Assert.Equal(PostKind.Reply, reply.Kind);
        Assert.Equal("1", reply.ReplyToSourceId);
    }

    [Fact]
    public void Classic_time_with_an_offset_is_kept_exact_and_dated_in_utc()
    {
        const string Json = """{"id_str":"1","created_at":"Thu Jun 06 23:30:00 -0500 2019","full_text":"late","user":{"screen_name":"ana","name":"Ana"}}""";

        var post = ChatImport.ParseJson(Json).Posts.Single();

        Assert.Equal(new DateTimeOffset(2019, 6, 7, 4, 30, 0, TimeSpan.Zero), post.At);
        Assert.Equal(new DateOnly(2019, 6, 7), post.Date);
    }

    [Fact]
    public void Author_who_renamed_themselves_during_the_chat_keeps_the_first_display_name()
    {
        const string Json = """
            [
              {"id_str":"1","created_at":"Thu Jun 06 17:00:00 +0000 2019","full_text":"A1: one","user":{"screen_name":"ana","name":"Ana Lima"}},
              {"id_str":"2","created_at":"Thu Jun 06 17:01:00 +0000 2019","full_text":"A2: two","user":{"screen_name":"ANA","name":"Ana Lima 🎉"}}
            ]
            """;

        var preview = ChatImport.ParseJson(Json);

        Assert.Equal([new ImportedAuthor("ana", "Ana Lima")], preview.Authors);
        Assert.All(preview.Posts, p => Assert.Equal(new ImportedAuthor("ana", "Ana Lima"), p.Author));
    }

    [Fact]
    public void Tweet_read_twice_under_the_same_id_is_kept_once_even_if_its_text_changed()
    {
        const string Json = """
            [
              {"id_str":"7","created_at":"Thu Jun 06 17:00:00 +0000 2019","full_text":"A1: first version","user":{"screen_name":"ana","name":"Ana"}},
              {"id_str":"7","created_at":"Thu Jun 06 17:00:00 +0000 2019","full_text":"A1: edited version","user":{"screen_name":"ana","name":"Ana"}}
            ]
            """;

        var preview = ChatImport.ParseJson(Json);

        Assert.Equal(["1 Answer A1 @ana 2019-06-06 | first version"], PreviewRows.Posts(preview));
        Assert.Equal(["2 DuplicateTweet: A1: edited version"], PreviewRows.Skipped(preview));
    }

    [Fact]
    public void Retweet_is_known_by_its_retweeted_status_even_when_the_text_lacks_rt()
    {
        const string Json = """
            [
              {"id_str":"1","created_at":"Thu Jun 06 17:00:00 +0000 2019","full_text":"A1: mine","user":{"screen_name":"gene","name":"Gene"}},
              {"id_str":"2","created_at":"Thu Jun 06 17:01:00 +0000 2019","full_text":"A1: mine","retweeted_status":{"id_str":"1"},"user":{"screen_name":"ana","name":"Ana"}}
            ]
            """;

        var preview = ChatImport.ParseJson(Json);

        Assert.Equal(["1 Answer A1 @gene 2019-06-06 | mine"], PreviewRows.Posts(preview));
        Assert.Equal(["2 Retweet: A1: mine"], PreviewRows.Skipped(preview));
    }
}
