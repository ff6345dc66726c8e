using CdsBot.Dialogs.Activities;
using CdsBot.Dialogs.Content;
using CdsBot.Dialogs.Flows;
using CdsBot.Dialogs.Flows.Lessons;
using CdsBot.Dialogs.Tests.Testing;

namespace CdsBot.Dialogs.Tests.Flows.Lessons;

/// <summary>Digital-skills lessons over the shipped content/lessons: read, answer the check, get the explanation, continue.</summary>
public sealed class LessonFlowTests
{
    private static readonly Lesson FakeNews = ShippedContent.Set.FindLesson("tin-gia")!;

    private static IReadOnlyList<string> Titles(OutboundActivity reply) => [.. reply.QuickReplies.Select(q => q.Title)];

    private static int Right(Lesson lesson) => lesson.Check.Choices.ToList().FindIndex(c => c.Correct);

    private static int Wrong(Lesson lesson) => lesson.Check.Choices.ToList().FindIndex(c => !c.Correct);

    /// <summary>Starts <paramref name="lesson"/> and presses "Tiếp" through its messages up to the check question.</summary>
    private static TestFlow ReadThrough(TestFlow flow, Lesson lesson)
    {
        flow.SendPayload(LessonPayloads.Start(lesson.Id)).AssertReply(reply =>
        {
            Assert.StartsWith($"{lesson.Title}\n\n{lesson.Messages[0]}", reply.Text, StringComparison.Ordinal);
            Assert.EndsWith($"(1/{lesson.Messages.Count + 1})", reply.Text, StringComparison.Ordinal);
            Assert.Equal(["Tiếp", "Thoát"], Titles(reply));
        });
        for (var i = 1; i < lesson.Messages.Count; i++)
        {
            var expected = lesson.Messages[i];
            flow.SendPayload(LessonPayloads.Next).AssertReply(reply => Assert.StartsWith(expected, reply.Text, StringComparison.Ordinal));
        }

        return flow.SendPayload(LessonPayloads.Next).AssertReply(reply =>
        {
            Assert.Equal($"Câu hỏi: {lesson.Check.Question}", reply.Text);
            Assert.Equal([.. lesson.Check.Choices.Select(c => c.Title), "Thoát"], Titles(reply));
        });
    }

    [Fact]
    public async Task The_menu_offers_the_lessons_and_lists_them()
    {
        Assert.Equal(6, ShippedContent.Set.Lessons.Count);
        await new TestFlow(ShippedContent.Root())
            .Send("menu").AssertReply(reply => Assert.Equal(["Hướng dẫn từng bước", "Học kỹ năng số", "Gặp cán bộ"], Titles(reply).TakeLast(3)))
            .SendPayload(LessonPayloads.List).AssertReply(reply =>
            {
                Assert.Equal(LessonTexts.List, reply.Text);
                Assert.Equal(ShippedContent.Set.Lessons.Select(l => l.MenuTitle), Titles(reply).Take(6));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_wrong_answer_gets_the_right_one_and_the_explanation_then_a_right_answer_on_a_second_try_is_counted_right()
    {
        var log = new RecordingLessonLog();
        var flow = new TestFlow(ShippedContent.Root(lessons: log));
        await ReadThrough(flow, FakeNews)
            .SendPayload(LessonPayloads.Answer(FakeNews.Id, Wrong(FakeNews))).AssertReply(reply =>
            {
                Assert.StartsWith($"{LessonTexts.Wrong} Đáp án đúng là: \"{FakeNews.Check.Choices[Right(FakeNews)].Title}\".", reply.Text, StringComparison.Ordinal);
                Assert.EndsWith(FakeNews.Check.Explanation, reply.Text, StringComparison.Ordinal);
            })
            .AssertReply(reply =>
            {
                Assert.StartsWith(LessonTexts.Finished, reply.Text, StringComparison.Ordinal);
                Assert.Equal(["Học bài tiếp", "Các bài học", "Menu chính"], Titles(reply));
            })
            .AssertTrace(t => Assert.Equal("lesson_done", t.Intent))
            .StartTestAsync();

        // The same answer pressed again after the lesson ended is not counted twice.
        await new TestFlow(ShippedContent.Root(lessons: log), flow.Store)
            .SendPayload(LessonPayloads.Answer(FakeNews.Id, Wrong(FakeNews))).AssertReply(_ => { })
            .StartTestAsync();
        Assert.Single(log.Results);

        await ReadThrough(new TestFlow(ShippedContent.Root(lessons: log), flow.Store), FakeNews)
            .Send(FakeNews.Check.Choices[Right(FakeNews)].Title.ToUpperInvariant()).AssertReply(reply => Assert.StartsWith(LessonTexts.Right, reply.Text, StringComparison.Ordinal))
            .AssertReply(_ => { })
            .StartTestAsync();

        Assert.Equal([(FakeNews.Id, false), (FakeNews.Id, true)], log.Results.Select(r => (r.LessonId, r.Correct)));
        Assert.All(log.Results, r => Assert.Equal(("test", "u1"), (r.Channel, r.UserId)));
    }

    [Fact]
    public async Task Hoc_tiep_continues_the_lesson_left_open_then_the_first_not_finished()
    {
        var first = ShippedContent.Set.Lessons[0];
        var flow = new TestFlow(ShippedContent.Root());
        await flow
            .SendPayload(LessonPayloads.Start(first.Id)).AssertReply(_ => { })
            .SendPayload(LessonPayloads.Next).AssertReply(reply => Assert.StartsWith(first.Messages[1], reply.Text, StringComparison.Ordinal))
            .Send("lừa đảo qua điện thoại báo ở đâu").AssertReply(_ => { }).AssertFeedbackPrompt()
            .Send("học tiếp").AssertReply(reply => Assert.StartsWith(first.Messages[1], reply.Text, StringComparison.Ordinal))
            .SendPayload(LessonPayloads.Exit).AssertReply(reply => Assert.Equal(LessonTexts.Left, reply.Text))
            .StartTestAsync();

        await ReadThrough(new TestFlow(ShippedContent.Root(), flow.Store), first)
            .SendPayload(LessonPayloads.Answer(first.Id, Right(first))).AssertReply(_ => { }).AssertReply(reply =>
                Assert.Equal($"{LessonTexts.Finished} Bài tiếp theo: {ShippedContent.Set.Lessons[1].Title}.", reply.Text))
            .Send("hoc tiep").AssertReply(reply => Assert.StartsWith(ShippedContent.Set.Lessons[1].Title, reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task An_answer_before_the_check_or_for_another_lesson_is_refused_and_the_step_shown_again() =>
        await new TestFlow(ShippedContent.Root())
            .SendPayload(LessonPayloads.Start(FakeNews.Id)).AssertReply(_ => { })
            .SendPayload(LessonPayloads.Answer(FakeNews.Id, Right(FakeNews))).AssertReply(reply => Assert.Equal(LessonTexts.ChooseAnAnswer, reply.Text))
            .AssertReply(reply => Assert.StartsWith($"{FakeNews.Title}\n\n{FakeNews.Messages[0]}", reply.Text, StringComparison.Ordinal))
            .SendPayload(LessonPayloads.Answer("vneid-co-ban", 0)).AssertReply(reply => Assert.Equal(LessonTexts.ChooseAnAnswer, reply.Text))
            .AssertReply(_ => { })
            .AssertTrace(t => Assert.Equal("lesson", t.Intent))
            .StartTestAsync();

    [Fact]
    public async Task Every_shipped_lesson_has_a_check_with_exactly_one_right_answer_and_fits_a_phone() =>
        Assert.All(ShippedContent.Set.Lessons, lesson =>
        {
            Assert.InRange(lesson.Messages.Count, 3, 6);
            Assert.Single(lesson.Check.Choices, c => c.Correct);
            Assert.All(lesson.Messages.Append(lesson.Check.Explanation), m => Assert.True(m.Length <= 300, $"{lesson.Id}: {m.Length} characters"));
        });
}
