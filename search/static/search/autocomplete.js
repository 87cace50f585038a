// Title suggestions for the search box: fills the field's <datalist> from the JSON endpoint.
(function () {
  var form = document.querySelector("form[data-autocomplete-url]");
  if (!form) return;
  var input = form.querySelector("input[type=search]");
  var list = document.getElementById(input.getAttribute("list"));
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < 2) return;
    timer = setTimeout(function () {
      fetch(form.dataset.autocompleteUrl + "?q=" + encodeURIComponent(q), {headers: {Accept: "application/json"}})
        .then(function (response) { return response.ok ? response.json() : {suggestions: []}; })
        .then(function (data) {
          list.replaceChildren();
          data.suggestions.forEach(function (item) {
            var option = document.createElement("option");
            option.value = item.title;
            list.appendChild(option);
          });
        })
        .catch(function () {});
    }, 200);
  });
})();
