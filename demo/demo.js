// The language picker: setting `lang` on a wrapper re-renders every element inside it.
const picker = document.getElementById('language');
const elements = document.getElementById('elements');
picker.addEventListener('change', () => {
  elements.lang = picker.value;
});
