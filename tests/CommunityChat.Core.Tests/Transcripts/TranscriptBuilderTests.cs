using CommunityChat.Core.Transcripts;
using static CommunityChat.Core.Tests.Transcripts.Sample;

namespace CommunityChat.Core.Tests.Transcripts;

public class TranscriptBuilderTests
{
    private static readonly TranscriptQuestion[] Questions = [Asked(1, "What is leadership?"), Asked(2, "Who inspires you?")];

    [Fact]
    public void Guest_answers_come_first_then_the_others_in_time_order()
    {
        var t = TranscriptBuilder.Build(Questions,
        [
            Question(1, 1, "What is leadership?"),
            Answer(2, Ann, 1, "Serving."),
            Answer(3, Bob, 1, "Vision."),
            Answer(4, Guest, 1, "Listening."),
            Answer(5, Guest, 1, "And trust.", 'b'),
        ]);

        var section = Assert.Single(t.Questions, s => s.Question.Number == 1);
        Assert.Equal(1, section.QuestionPost?.Id);
        Assert.Equal([4L, 5L], Ids(section.GuestAnswers));
        Assert.Equal([2L, 3L], Ids(section.Answers));
    }

    [Fact]
    public void Sections_are_in_question_number_order_whatever_the_post_order()
    {
        var t = TranscriptBuilder.Build([Asked(2, "Two"), Asked(1, "One")], [Answer(1, Ann, 2, "x"), Answer(2, Ann, 1, "y")]);
        Assert.Equal([1, 2], t.Questions.Select(s => s.Question.Number));
    }

    [Fact]
    public void Asked_question_without_answers_is_listed()
    {
        var t = TranscriptBuilder.Build(Questions, [Question(1, 1, "What is leadership?")]);
        Assert.Equal([1, 2], t.Questions.Select(s => s.Question.Number));
        Assert.Empty(t.Questions[1].Answers);
    }

    [Fact]
    public void Answers_to_a_missing_question_still_get_a_section_with_empty_text()
    {
        var t = TranscriptBuilder.Build([], [Answer(1, Ann, 7, "Imported answer")]);
        var section = Assert.Single(t.Questions);
        Assert.Equal(7, section.Question.Number);
        Assert.Equal("", section.Question.Text);
        Assert.Equal([1L], Ids(section.Answers));
    }

    [Fact]
    public void Replies_nest_under_their_parent_recursively_in_time_order()
    {
        var t = TranscriptBuilder.Build(Questions,
        [
            Answer(1, Ann, 1, "Serving."),
            Reply(2, Bob, 1, "Agreed"),
            Reply(3, Ann, 2, "Thanks"),
            Reply(4, Guest, 1, "Nice one"),
        ]);

        var answer = Assert.Single(t.Questions[0].Answers);
        Assert.Equal([2L, 4L], Ids(answer.Replies));
        Assert.Equal([3L], Ids(answer.Replies[0].Replies));
        Assert.Empty(t.Conversation);
    }

    [Fact]
    public void Replies_to_the_question_post_are_top_level_answers()
    {
        var t = TranscriptBuilder.Build(Questions, [Question(1, 1, "Q"), Answer(2, Ann, 1, "A"), Reply(3, Bob, 1, "Good question")]);
        Assert.Equal([2L, 3L], Ids(t.Questions[0].Answers));
    }

    [Fact]
    public void Comments_and_their_replies_go_to_the_conversation()
    {
        var t = TranscriptBuilder.Build(Questions, [Comment(1, Ann, "Hi all"), Reply(2, Bob, 1, "Hi Ann")]);
        var comment = Assert.Single(t.Conversation);
        Assert.Equal([2L], Ids(comment.Replies));
    }

    [Fact]
    public void Reply_whose_parent_is_hidden_shows_in_the_conversation()
    {
        var t = TranscriptBuilder.Build(Questions, [Comment(1, Ann, "Hi"), Reply(3, Bob, 2, "to a hidden post")]);
        Assert.Equal([1L, 3L], Ids(t.Conversation));
    }

    [Fact]
    public void Labelled_answer_sent_as_a_reply_stays_in_its_section()
    {
        var t = TranscriptBuilder.Build(Questions, [Answer(1, Guest, 1, "Part one"), Answer(2, Guest, 1, "Part two", 'b', replyTo: 1)]);
        Assert.Equal([1L, 2L], Ids(t.Questions[0].GuestAnswers));
    }

    [Fact]
    public void Reply_cycle_from_imported_data_loses_no_post()
    {
        var t = TranscriptBuilder.Build([], [Reply(1, Ann, 2, "a"), Reply(2, Bob, 1, "b")]);
        Assert.Equal(2, TranscriptExport.Flatten(t).Count());
    }

    [Fact]
    public void Guest_view_keeps_only_guest_answers_with_their_replies()
    {
        var t = TranscriptBuilder.Build(Questions,
        [
            Question(1, 1, "Q1"),
            Answer(2, Guest, 1, "Guest says"),
            Reply(3, Ann, 2, "Love it"),
            Answer(4, Ann, 1, "Ann says"),
            Comment(5, Bob, "Off topic"),
        ], TranscriptView.Guest);

        var section = t.Questions[0];
        Assert.Equal([2L], Ids(section.GuestAnswers));
        Assert.Equal([3L], Ids(section.GuestAnswers[0].Replies));
        Assert.Empty(section.Answers);
        Assert.Empty(t.Conversation);
    }

    [Fact]
    public void Guest_view_drops_sections_made_only_of_participant_answers()
    {
        var t = TranscriptBuilder.Build([], [Answer(1, Ann, 9, "x")], TranscriptView.Guest);
        Assert.Empty(t.Questions);
    }

    [Fact]
    public void Highlights_view_keeps_only_starred_posts_flat()
    {
        var t = TranscriptBuilder.Build(Questions,
        [
            Question(1, 1, "Q1"),
            Answer(2, Guest, 1, "Guest says", highlighted: true),
            Reply(3, Ann, 2, "Great point", highlighted: true),
            Answer(4, Ann, 1, "Ann says"),
            Answer(5, Bob, 2, "Bob says"),
            Comment(6, Bob, "Thanks all", highlighted: true),
        ], TranscriptView.Highlights);

        var section = Assert.Single(t.Questions);
        Assert.Null(section.QuestionPost);
        Assert.Equal([2L], Ids(section.GuestAnswers));
        Assert.Empty(section.GuestAnswers[0].Replies);
        Assert.Equal([3L], Ids(section.Answers));
        Assert.Equal([6L], Ids(t.Conversation));
    }

    [Fact]
    public void Highlights_view_is_empty_when_nothing_is_starred()
    {
        var t = TranscriptBuilder.Build(Questions, [Answer(1, Ann, 1, "x"), Comment(2, Bob, "y")], TranscriptView.Highlights);
        Assert.Empty(t.Questions);
        Assert.Empty(t.Conversation);
    }
}
