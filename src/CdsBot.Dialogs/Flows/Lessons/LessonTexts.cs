namespace CdsBot.Dialogs.Flows.Lessons;

/// <summary>What the lesson flow says, in Vietnamese.</summary>
public static class LessonTexts
{
    /// <summary>The list of lessons.</summary>
    public const string List = "Bình dân học vụ số: Anh/Chị chọn một bài học ngắn (vài tin nhắn và một câu hỏi):";

    /// <summary>Every lesson finished.</summary>
    public const string AllFinished = "Anh/Chị đã học hết các bài. Anh/Chị có thể học lại bất kỳ bài nào dưới đây:";

    /// <summary>Leaving a lesson.</summary>
    public const string Left = "Dạ, đã dừng bài học. Khi muốn, Anh/Chị gõ \"học tiếp\" để học tiếp từ chỗ đang dở.";

    /// <summary>A right answer.</summary>
    public const string Right = "Chính xác!";

    /// <summary>A wrong answer.</summary>
    public const string Wrong = "Chưa đúng ạ.";

    /// <summary>The check question answered with something that is not one of its answers.</summary>
    public const string ChooseAnAnswer = "Anh/Chị vui lòng chọn một đáp án bằng các nút dưới đây.";

    /// <summary>A lesson removed or changed while the citizen was in it.</summary>
    public const string Gone = "Dạ, bài học này vừa được cập nhật. Anh/Chị vui lòng chọn lại bài học.";

    /// <summary>Said after the explanation.</summary>
    public const string Finished = "Anh/Chị đã hoàn thành bài học.";
}
