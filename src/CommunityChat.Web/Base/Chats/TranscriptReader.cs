using CommunityChat.Core.Transcripts;
using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Polls;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Base.Suggestions;

namespace CommunityChat.Web.Base.Chats;

/// <summary>
/// Reads a chat's public posts and asked questions and hands them to the grouping rules in Core (SPEC rule 11).
/// A transcript is public whoever asks: hidden posts never reach it or an export, and unasked questions stay secret
/// after the end too. Closed polls and the audience questions never asked come with it.
/// </summary>
public sealed class TranscriptReader(ChatReader chats, PostReader posts, PollReader polls, SuggestionReader suggestions)
{
    public async Task<TranscriptDocument> LoadAsync(int chatId, TranscriptView view = TranscriptView.All)
    {
        var chat = await chats.LoadAsync(chatId);
        var visible = await posts.AllAsync(chatId, Viewer.Public);
        var questions = chat.Questions
            .Where(q => q.AskedAt != null)
            .OrderBy(q => q.Number)
            .Select(q => new TranscriptQuestion(q.Number, q.Text, q.AskedAt is { } at ? new DateTimeOffset(at) : null));
        var guests = chat.Guests
            .Select(g => new TranscriptAuthor(g.User.UserName!, g.User.DisplayName, Core.Posts.AuthorRole.Guest))
            .OrderBy(g => g.Handle)
            .ToList();

        return new TranscriptDocument(
            chat.Title,
            chat.Community.Name,
            chat.Hashtag,
            chat.Topic,
            chat.Format,
            guests,
            chat.StartedAt is { } started ? new DateTimeOffset(started) : null,
            chat.EndedAt is { } ended ? new DateTimeOffset(ended) : null,
            ChatUrl.For(chat.Community.Slug, chat.Slug),
            TranscriptBuilder.Build(questions, visible.Select(ToTranscript), view))
        {
            // Closed polls only: their results are public (rule 9); an open poll's are not a record yet.
            Polls = [.. (await polls.ForChatAsync(chatId, Viewer.Public))
                .Where(p => p.Closed && p.Counts is not null)
                .Select(p => new TranscriptPoll(
                    p.Question,
                    [.. p.Options.Select((text, i) => new TranscriptPollOption(text, p.Counts![i]))],
                    new DateTimeOffset(p.ClosesAt)))],
            Suggestions = [.. (await suggestions.NeverAskedAsync(chatId))
                .Select(s => new TranscriptSuggestion(s.Text, new TranscriptAuthor(s.Author.Handle, s.Author.DisplayName, s.Author.Role), s.Votes))],
        };
    }

    private static TranscriptPost ToTranscript(PostDto p) => new(
        p.Id,
        p.Sequence ?? 0, // public posts are published: they have one (PostVisibility)
        p.Kind,
        p.Label,
        p.QuestionNumber,
        p.Part is [var part] ? part : null,
        p.ReplyToId,
        new TranscriptAuthor(p.Author.Handle, p.Author.DisplayName, p.Author.Role),
        p.Text,
        p.Html,
        new DateTimeOffset(p.CreatedAt),
        p.Likes,
        p.Highlighted);
}
