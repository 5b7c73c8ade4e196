1:"$Sreact.fragment"
3:"/_next/static/chunks/08mika-44sn50.js"
4:I[22016,["$3"],""]
:HL["/_next/static/chunks/0tpyvch270vt7.css","style"]
2:T4c6,(function () {
  var root = document.documentElement;
  try {
    var stored = localStorage.getItem('theme');
    if (stored === 'dark' || stored === 'light') root.classList.add(stored);
  } catch (error) {}
  root.classList.add('js');
  function isDark() {
    if (root.classList.contains('dark')) return true;
    return !root.classList.contains('light') && window.matchMedia('(prefers-color-scheme: dark)').matches;
  }
  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target : null;
    var toggle = target && target.closest('[data-theme-toggle]');
    if (toggle) {
      var next = isDark() ? 'light' : 'dark';
      root.classList.remove('light', 'dark');
      root.classList.add(next);
      try { localStorage.setItem('theme', next); } catch (error) {}
      return;
    }
    var copy = target && target.closest('[data-copy-link]');
    if (copy && navigator.clipboard && window.isSecureContext) {
      event.preventDefault();
      navigator.clipboard.writeText(copy.href).then(function () {
        copy.setAttribute('data-copied', '');
        setTimeout(function () { copy.removeAttribute('data-copied'); }, 2500);
      });
    }
  });
})();c:X
0:{"t":{"t":{"s":"","h":131088,"d":{"r":["$","$1","c",{"children":[[["$","link","0",{"rel":"stylesheet","href":"/_next/static/chunks/0tpyvch270vt7.css","precedence":"next"}],["$","script","script-0",{"src":"/_next/static/chunks/08mika-44sn50.js","async":true}]],["$","html",null,{"lang":"zh-CN","suppressHydrationWarning":true,"children":[["$","head",null,{"children":["$","script",null,{"dangerouslySetInnerHTML":{"__html":"$2"}}]}],["$","body",null,{"className":"flex min-h-screen flex-col","children":[["$","a",null,{"href":"#main","className":"sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-stone-900","children":"跳到正文"}],null,["$","header",null,{"className":"border-b border-stone-200 bg-white/90 dark:border-stone-800 dark:bg-stone-950/90 print:hidden","children":["$","div",null,{"className":"mx-auto flex max-w-6xl flex-wrap items-center gap-x-2 gap-y-2 px-4 py-2.5 sm:flex-nowrap sm:gap-x-4 sm:px-6","children":[["$","$L4",null,{"href":"/","className":"mr-auto shrink-0 text-base font-bold sm:text-lg tracking-wide whitespace-nowrap text-stone-900 no-underline dark:text-stone-50","children":[["$","span",null,{"className":"text-accent-700 dark:text-accent-300","children":"NPCon"}]," 大会回顾"]}],["$","nav",null,{"aria-label":"主导航","children":["$","ul",null,{"className":"flex items-center text-[15px]","children":[["$","li","/events/npcon-2023-beijing",{"children":["$","$L4",null,{"href":"/events/npcon-2023-beijing","className":"rounded-md px-1.5 py-2 whitespace-nowrap text-stone-700 hover:bg-stone-100 hover:text-stone-900 sm:px-3 dark:text-stone-300 dark:hover:bg-stone-800 dark:hover:text-white","children":"议程"}]}],["$","li","/speakers",{"children":["$","$L4",null,{"href":"/speakers","className":"rounded-md px-1.5 py-2 whitespace-nowrap text-stone-700 hover:bg-stone-100 hover:text-stone-900 sm:px-3 dark:text-stone-300 dark:hover:bg-stone-800 dark:hover:text-white","children":"嘉宾"}]}],["$","li","/topics",{"children":["$","$L4",null,{"href":"/topics","className":"rounded-md px-1.5 py-2 whitespace-nowrap text-stone-700 hover:bg-stone-100 hover:text-stone-900 sm:px-3 dark:text-stone-300 dark:hover:bg-stone-800 dark:hover:text-white","children":"话题"}]}]]}]}],["$","div",null,{"data-header-tools":"","className":"flex w-full items-center gap-2 sm:w-auto","children":[["$","form",null,{"role":"search","action":"/search","method":"get","data-header-search":"","className":"relative min-w-0 flex-1 sm:w-56 sm:flex-none","children":["$L5","$L6","$L7"]}],"$L8"]}]]}]}],"$L9","$La"]}]]}]]}],"p":"$@b","v":null,"s":"$c"}}},"a":"$@d","u":"$@e","b":"pZqKfOESplRlUN440dwBj"}
f:I[39756,["$3"],"default"]
10:I[37457,["$3"],"default"]
5:["$","label",null,{"htmlFor":"header-search","className":"sr-only","children":"搜索关键词"}]
6:["$","button",null,{"type":"submit","aria-label":"搜索","className":"absolute top-1/2 left-1 inline-flex size-7 -translate-y-1/2 items-center justify-center rounded-md text-stone-500 hover:text-stone-900 dark:text-stone-400 dark:hover:text-white","children":["$","svg",null,{"aria-hidden":"true","viewBox":"0 0 24 24","className":"size-4","fill":"none","stroke":"currentColor","strokeWidth":"2","children":[["$","circle",null,{"cx":"11","cy":"11","r":"7"}],["$","path",null,{"d":"m20 20-3.5-3.5","strokeLinecap":"round"}]]}]}]
7:["$","input",null,{"id":"header-search","type":"search","name":"q","enterKeyHint":"search","placeholder":"搜索演讲、嘉宾、话题","className":"focus:border-accent-600 w-full rounded-lg border border-stone-300 bg-white py-1.5 pr-3 pl-9 text-[15px] text-stone-900 placeholder:text-stone-500 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-50 dark:placeholder:text-stone-400"}]
8:["$","button",null,{"type":"button","data-theme-toggle":"","className":"requires-js inline-flex size-10 items-center justify-center rounded-md text-stone-700 hover:bg-stone-100 hover:text-stone-900 dark:text-stone-300 dark:hover:bg-stone-800 dark:hover:text-white","children":[["$","span",null,{"className":"dark:hidden","children":[["$","svg",null,{"aria-hidden":"true","viewBox":"0 0 24 24","className":"size-5","fill":"none","stroke":"currentColor","strokeWidth":"2","children":["$","path",null,{"d":"M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8Z","strokeLinejoin":"round"}]}],["$","span",null,{"className":"sr-only","children":"切换到深色模式"}]]}],["$","span",null,{"className":"hidden dark:inline","children":[["$","svg",null,{"aria-hidden":"true","viewBox":"0 0 24 24","className":"size-5","fill":"none","stroke":"currentColor","strokeWidth":"2","children":[["$","circle",null,{"cx":"12","cy":"12","r":"4"}],["$","path",null,{"d":"M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4","strokeLinecap":"round"}]]}],["$","span",null,{"className":"sr-only","children":"切换到浅色模式"}]]}]]}]
9:["$","main",null,{"id":"main","className":"flex-1","children":["$","$Lf",null,{"parallelRouterKey":"children","template":["$","$L10",null,{}],"notFound":[["$","div",null,{"className":"mx-auto max-w-2xl px-4 py-20 text-center sm:py-28","children":[["$","p",null,{"className":"font-mono text-5xl font-bold text-accent-700 dark:text-accent-300","children":"404"}],["$","h1",null,{"className":"mt-4 text-2xl font-bold text-stone-900 sm:text-3xl dark:text-stone-50","children":"页面不存在"}],["$","p",null,{"className":"mt-4 text-stone-600 dark:text-stone-400","children":"你要找的页面不存在，可能已被移动或地址有误。"}],["$","div",null,{"className":"mt-8 flex flex-wrap justify-center gap-3","children":[["$","$L4",null,{"href":"/","className":"rounded-lg bg-accent-700 px-5 py-2.5 font-medium text-white hover:bg-accent-800","children":"回到首页"}],["$","$L4",null,{"href":"/speakers","className":"rounded-lg border border-stone-300 px-5 py-2.5 font-medium hover:border-accent-600 dark:border-stone-700","children":"浏览全部嘉宾"}]]}]]}],[]]}]}]
a:["$","footer",null,{"className":"mt-20 border-t border-stone-200 bg-stone-50 text-[15px] text-stone-600 dark:border-stone-800 dark:bg-stone-900 dark:text-stone-400 print:hidden","children":["$","div",null,{"className":"mx-auto flex max-w-6xl flex-col gap-3 px-4 py-8 sm:flex-row sm:items-start sm:justify-between sm:px-6","children":[["$","p",null,{"className":"max-w-xl","children":"本站整理新程序员大会(NPCon)各场演讲与圆桌的回顾，内容依据公开报道撰写。"}],["$","ul",null,{"className":"flex gap-4","children":[["$","li","/",{"children":["$","$L4",null,{"href":"/","className":"hover:text-stone-900 dark:hover:text-white","children":"首页"}]}],["$","li","/speakers",{"children":["$","$L4",null,{"href":"/speakers","className":"hover:text-stone-900 dark:hover:text-white","children":"嘉宾"}]}],["$","li","/topics",{"children":["$","$L4",null,{"href":"/topics","className":"hover:text-stone-900 dark:hover:text-white","children":"话题"}]}]]}]]}]}]
c:300
e:true
c:C
d:0
b:"$undefined"
