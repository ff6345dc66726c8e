// "Bài học" page: each digital-skills lesson with how often it was finished, by how many citizens, and how many
// answered its check question right (GET /admin/api/lessons). Lessons themselves are content files (content/lessons).
(() => {
  const admin = window.cdsAdmin;
  const cell = (text) => { const td = document.createElement("td"); td.textContent = text; return td; };
  const number = (n) => n.toLocaleString("vi-VN");

  async function load() {
    const lessons = await admin.api("GET", "/lessons");
    const rows = document.getElementById("lessons");
    rows.replaceChildren(...lessons.map((lesson) => {
      const row = document.createElement("tr");
      const right = lesson.finished > 0 ? `${number(lesson.right)} (${Math.round((100 * lesson.right) / lesson.finished)}%)` : "0";
      row.append(cell(lesson.title), cell(number(lesson.finished)), cell(number(lesson.citizens)), cell(right));
      return row;
    }));
    document.getElementById("lessons-empty").hidden = lessons.length > 0;
  }

  admin.tabs.lessons = async () => { await load(); await admin.loadGuides?.(); };
})();
