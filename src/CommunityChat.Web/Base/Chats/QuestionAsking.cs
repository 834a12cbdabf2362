using System.Globalization;
using CommunityChat.Core.Posts;
using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Live;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Base.Chats;

/// <summary>
/// The one way a question is asked (SPEC rules 2, 22): a planned Qn from the console, the API or the autopilot
/// (Features/Chats), or an audience question a moderator picked (Features/Suggestions). Inside the chat's sequence
/// transaction (<see cref="ChatSequence"/>) the caller picks the question (and may create it: the lock makes "the next
/// number" safe), it is marked asked, audited, and its Qn post appended; after the commit the room gets PostAdded, then
/// ChatChanged (its asked questions and, under autopilot, when the next one comes: rule 23).
/// </summary>
public sealed class QuestionAsking(AppDbContext db, ChatSequence sequence, ChatEvents events, ChatReader chats, AuditLog audit, TimeProvider clock)
{
    /// <param name="pick">Runs under the lock with the time of asking; returns the tracked question to ask, or refuses.</param>
    public async Task<PostDto> AskAsync(int communityId, int chatId, int actor, Func<DateTime, Task<Question>> pick)
    {
        var author = await db.Users.FirstAsync(u => u.Id == actor);
        var post = await sequence.AppendAsync(
            chatId,
            async () =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var asked = await pick(now);
                var label = "Q" + asked.Number.ToString(CultureInfo.InvariantCulture);
                asked.AskedAt = now;
                audit.Record(communityId, chatId, actor, "question.asked", label);
                return new Post
                {
                    Kind = PostKind.Question,
                    Label = label,
                    QuestionNumber = asked.Number,
                    Author = author,
                    AuthorId = actor,
                    AuthorRole = AuthorRole.Host,
                    Text = asked.Text,
                    Html = PostMarkdown.ToHtml(asked.Text),
                    CreatedAt = now,
                };
            });

        var dto = PostDto.From(post);
        await events.PostAdded(dto);
        var (forModerators, forEveryone) = await chats.GetBothViewsAsync(chatId);
        await events.ChatChanged(forModerators, forEveryone);
        return dto;
    }
}
