// The embeddable widget: one line on a province portal,
//   <script src="https://<bot>/widget.js" data-title="Hỏi trợ lý CĐS" async></script>
// adds a button that opens the chat page in a frame served by the bot itself, so the page's cookie, history and
// stream work as on the bot's own site and the portal needs no CORS. data-title names the button, data-position
// ("left" or "right") picks the corner, data-open="true" opens it at once.
(() => {
  const script = document.currentScript;
  if (!script || document.getElementById("cdsbot-widget")) return;
  const origin = new URL(script.src, location.href);
  const base = new URL(".", origin);
  const title = script.dataset.title || "Hỏi trợ lý Chuyển đổi số";
  const side = script.dataset.position === "left" ? "left" : "right";

  const root = document.createElement("div");
  root.id = "cdsbot-widget";
  const style = document.createElement("style");
  style.textContent = `
    #cdsbot-widget .cdsbot-open { position: fixed; ${side}: 16px; bottom: 16px; z-index: 2147483000; border: 0; border-radius: 24px;
      padding: 12px 18px; background: #0b5cad; color: #fff; font: 600 15px system-ui, sans-serif; box-shadow: 0 4px 14px rgba(0,0,0,.25); cursor: pointer; }
    #cdsbot-widget .cdsbot-panel { position: fixed; ${side}: 16px; bottom: 76px; z-index: 2147483000; width: 380px; height: min(640px, calc(100vh - 96px));
      border-radius: 12px; overflow: hidden; box-shadow: 0 8px 28px rgba(0,0,0,.3); background: #fff; display: none; flex-direction: column; }
    #cdsbot-widget.cdsbot--open .cdsbot-panel { display: flex; }
    #cdsbot-widget .cdsbot-bar { display: flex; align-items: center; justify-content: space-between; gap: 8px; padding: 8px 8px 8px 14px; background: #0b5cad; color: #fff; font: 600 16px system-ui, sans-serif; }
    #cdsbot-widget .cdsbot-close { border: 1px solid rgba(255,255,255,.6); border-radius: 16px; background: transparent; color: #fff; font: 500 14px system-ui, sans-serif; padding: 4px 10px; cursor: pointer; }
    #cdsbot-widget iframe { border: 0; width: 100%; flex: 1; }
    @media (max-width: 600px) {
      #cdsbot-widget .cdsbot-panel { inset: 0; width: auto; height: auto; border-radius: 0; }
      #cdsbot-widget.cdsbot--open .cdsbot-open { display: none; }
    }`;
  const open = document.createElement("button");
  open.type = "button";
  open.className = "cdsbot-open";
  open.textContent = title;
  open.setAttribute("aria-expanded", "false");
  const panel = document.createElement("div");
  panel.className = "cdsbot-panel";
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", title);
  const close = document.createElement("button");
  close.type = "button";
  close.className = "cdsbot-close";
  close.textContent = "Thu nhỏ ✕";
  const bar = document.createElement("div");
  bar.className = "cdsbot-bar";
  const heading = document.createElement("span");
  heading.textContent = title;
  bar.append(heading, close);
  panel.append(bar);

  let frame = null;
  const toggle = (show) => {
    if (show && !frame) {
      frame = document.createElement("iframe");
      frame.title = title;
      frame.src = new URL("index.html?embed=1", base).href;
      panel.append(frame);
    }
    root.classList.toggle("cdsbot--open", show);
    open.setAttribute("aria-expanded", String(show));
  };
  open.addEventListener("click", () => toggle(!root.classList.contains("cdsbot--open")));
  close.addEventListener("click", () => toggle(false));
  root.append(style, panel, open);
  (document.body || document.documentElement).append(root);
  if (script.dataset.open === "true") toggle(true);
})();
