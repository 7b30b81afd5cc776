/* GovFlow's own page behaviour, kept out of the pages so the Content-Security-Policy needs no inline script. */
document.addEventListener('change', function (event) {
    var field = event.target;
    // A select marked gf-autosubmit (the language switch) submits its form as soon as it changes
    if (field.classList && field.classList.contains('gf-autosubmit') && field.form) {
        field.form.submit();
    }
});
