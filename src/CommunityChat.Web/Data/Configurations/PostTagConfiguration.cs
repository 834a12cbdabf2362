using CommunityChat.Core.Posts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityChat.Web.Data.Configurations;

public sealed class PostTagConfiguration : IEntityTypeConfiguration<PostTag>
{
    public void Configure(EntityTypeBuilder<PostTag> builder)
    {
        builder.HasKey(t => new { t.PostId, t.Tag });
        builder.HasIndex(t => new { t.Tag, t.PostId });
        builder.Property(t => t.Tag).HasMaxLength(PostText.MaxHashtagLength);
        builder.HasOne<Post>().WithMany(p => p.Tags).HasForeignKey(t => t.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}
