// Applies the saved theme before first paint, so a dark-mode user never sees a white flash.
try {
  var theme = localStorage.getItem("theme");
  if (theme === "dark" || (theme !== "light" && matchMedia("(prefers-color-scheme: dark)").matches)) {
    document.documentElement.classList.add("dark");
  }
} catch (e) {}
