// The date slider moves the page through time: it sets the date field and asks for the page on that date.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("form.date-control[data-start]");
  const slider = document.getElementById("date-slider");
  const field = document.getElementById("asOf");
  if (!form || !slider || !field) return;

  const start = new Date(form.dataset.start + "T00:00:00Z");
  const dateAt = (days) => new Date(start.getTime() + days * 86400000).toISOString().slice(0, 10);
  slider.setAttribute("aria-valuetext", field.value);
  slider.addEventListener("input", () => {
    field.value = dateAt(Number(slider.value));
    slider.setAttribute("aria-valuetext", field.value);
  });
  slider.addEventListener("change", () => form.requestSubmit());
});
